package com.steward.app.demo;

import static com.steward.app.demo.DemoActor.as;
import static com.steward.app.demo.DemoActor.system;

import com.steward.app.reviews.ActionInput;
import com.steward.app.reviews.ActionItem;
import com.steward.app.reviews.ActionStatus;
import com.steward.app.reviews.ActionUpdateInput;
import com.steward.app.reviews.Attendee;
import com.steward.app.reviews.Cadence;
import com.steward.app.reviews.CadenceInput;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.MeetingStatus;
import com.steward.app.reviews.MinutesInput;
import com.steward.app.reviews.OutcomeInput;
import com.steward.app.reviews.Promise;
import com.steward.app.reviews.PromiseInput;
import com.steward.app.reviews.ReviewActions;
import com.steward.app.reviews.ReviewCadences;
import com.steward.app.reviews.ReviewKind;
import com.steward.app.reviews.ReviewMeetings;
import com.steward.app.reviews.ReviewPromises;
import com.steward.app.reviews.Reviews;
import com.steward.app.reviews.Side;
import com.steward.app.users.UserDirectory;
import com.steward.app.vendors.Vendor;
import com.steward.core.governance.PromiseStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The demo company's reviews from the demo's first month to today ({@link DemoCalendar}): cadences for acme (weekly operations, monthly
 * review, QBR) and bluesky (monthly review, QBR) — corvid has no contract, so no reviews; the year's meetings mostly
 * held with minutes, attendees from both sides and next steps, a few cancelled; actions and promises from the monthly
 * reviews and QBRs with realistic outcomes (acme keeps most promises on time, bluesky slips more), recorded up to
 * today, so what fell due lately may still be open or overdue; every meeting before today is held or cancelled and
 * those of the next six weeks planned. Agendas are filled last, each as of its meeting's day.
 *
 * <p>Deterministic: a seeded {@link Random} and dates from the demo months only. Written through the review services
 * (validated and audited) as the system actor; acme's own-side action updates as its account manager
 * {@code acme-am}. The record times of actions and promises (created, updated, done) are then set to the demo dates
 * they stand for, so the history reads as it happened; the audit log keeps the real seeding time.
 */
@Component
@ConditionalOnProperty(name = "steward.demo.enabled", havingValue = "true")
class DemoReviews {

    static final long SEED = 7;

    /** Meetings are planned this many days ahead of today. */
    static final int PLANNED_DAYS = 43;

    private final Reviews reviews;
    private final ReviewCadences cadences;
    private final ReviewMeetings meetings;
    private final ReviewActions actions;
    private final ReviewPromises promises;
    private final UserDirectory users;
    private final JdbcClient jdbc;

    DemoReviews(
            Reviews reviews,
            ReviewCadences cadences,
            ReviewMeetings meetings,
            ReviewActions actions,
            ReviewPromises promises,
            UserDirectory users,
            JdbcClient jdbc) {
        this.reviews = reviews;
        this.cadences = cadences;
        this.meetings = meetings;
        this.actions = actions;
        this.promises = promises;
        this.users = users;
        this.jdbc = jdbc;
    }

    /** What was seeded, for tests. */
    record Seeded(int cadences, int meetings, int actions, int promises) {}

    /** How a vendor behaves in the demo. */
    private record Profile(
            String code,
            double keptOnTime,
            double keptLate,
            double actionsOnTime,
            List<String> people,
            List<String> titles,
            String location) {}

    private static final Profile ACME = new Profile(
            "acme",
            0.84,
            0.10,
            0.88,
            List.of("Alex Romero", "Priya Shah"),
            List.of("Account manager", "Operations lead"),
            "Acme site, Lisbon / video");
    private static final Profile BLUESKY = new Profile(
            "bluesky",
            0.58,
            0.22,
            0.65,
            List.of("Ben Okafor", "Lena Fischer"),
            List.of("Account director", "Workforce planner"),
            "Video call");

    private static final List<String> CLIENT_PEOPLE = List.of("Maria Manager", "Ana Analyst");
    private static final List<String> CLIENT_TITLES = List.of("Vendor manager", "CX analyst");

    private static final List<String> VENDOR_ACTIONS = List.of(
            "Re-train billing agents on the refund policy",
            "Send the QA calibration results",
            "Share the attrition plan for the care team",
            "Fix the IVR routing for Spanish callers",
            "Add two agents to the evening shift",
            "Review the ten lowest CSAT contacts with team leads",
            "Publish the weekly staffing forecast",
            "Update the knowledge base after the price change");
    private static final List<String> CLIENT_ACTIONS = List.of(
            "Give the vendor read access to the CRM case history",
            "Send the Q-forecast of contact volumes",
            "Approve the new QA rubric",
            "Share the product launch calendar",
            "Invite the vendor to the retention workshop");
    private static final List<String> VENDOR_PROMISES = List.of(
            "Bring abandonment under 5% within the month",
            "Deliver the root-cause analysis of complaint spikes",
            "Certify all new hires before they take calls",
            "Report first-contact resolution by queue every week",
            "Keep a dedicated team lead on the account",
            "Close the backlog of e-mails older than 48 hours");
    private static final List<String> CLIENT_PROMISES = List.of(
            "Answer escalations within one working day",
            "Provide the release notes a week before launch",
            "Confirm the volume forecast by the 20th");
    private static final List<String> MINUTES = List.of(
            "Reviewed the month's scorecard line by line. Quality holds; handle time rose on the technical queue.",
            "Discussed the complaint trend and the escalation path. Both sides agreed on a weekly check-in.",
            "Went through open actions; most are closed. Staffing for the peak season was the main topic.",
            "Looked at CSAT by queue and the QA calibration. The vendor presented its coaching plan.",
            "Talked about forecast accuracy and the knock-on effect on service level in the evenings.");

    /**
     * Regenerates every demo agenda, oldest first, so they quote what became available after seeding (the monthly
     * scorecards are published only once the demo lake exists); returns the number regenerated.
     */
    int refreshAgendas() {
        return as(system(), () -> {
            int regenerated = 0;
            for (long vendorId : jdbc.sql("SELECT DISTINCT vendor_id FROM review_meetings ORDER BY vendor_id")
                    .query(Long.class)
                    .list()) {
                for (Meeting m : meetings.meetings(vendorId)) {
                    if (m.status() != MeetingStatus.CANCELLED) {
                        meetings.regenerateAgenda(m.id());
                        regenerated++;
                    }
                }
            }
            return regenerated;
        });
    }

    /** Seeds the reviews of the just-registered demo vendors (by code). */
    Seeded seed(Map<String, Vendor> vendors, DemoCalendar calendar) {
        Random random = new Random(SEED);
        return as(system(), () -> {
            int[] counts = new int[4];
            seedVendor(vendors.get("acme"), ACME, true, calendar, random, counts);
            seedVendor(vendors.get("bluesky"), BLUESKY, false, calendar, random, counts);
            return new Seeded(counts[0], counts[1], counts[2], counts[3]);
        });
    }

    private void seedVendor(
            Vendor vendor, Profile profile, boolean weekly, DemoCalendar calendar, Random random, int[] counts) {
        LocalDate start = DemoSelectAndContract.termStart(calendar);
        // outcomes (actions done, promises kept or broken) are known up to today; later ones are still open
        LocalDate end = calendar.today();
        List<Cadence> planned = new ArrayList<>();
        // first occurrences in the demo's first month: its second Monday and Tuesday, and its fourth Tuesday
        LocalDate firstMonday = start.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY));
        LocalDate firstTuesday = start.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.TUESDAY));
        if (weekly) {
            planned.add(cadence(vendor, ReviewKind.WEEKLY_OPERATIONS, firstMonday.atTime(9, 30), 45, "Video call"));
        }
        planned.add(cadence(vendor, ReviewKind.MONTHLY_REVIEW, firstTuesday.atTime(10, 0), 90, profile.location()));
        planned.add(cadence(
                vendor,
                ReviewKind.QUARTERLY_BUSINESS_REVIEW,
                firstTuesday.plusWeeks(2).atTime(14, 0),
                180,
                profile.location()));
        counts[0] += planned.size();
        Instant from = start.atStartOfDay(reviews.zone()).toInstant();
        Instant to = end.plusDays(PLANNED_DAYS).atStartOfDay(reviews.zone()).toInstant();
        // every meeting before today happened (held or cancelled); today's and later ones are planned
        Instant demoEnd = end.atStartOfDay(reviews.zone()).toInstant();
        for (Cadence c : planned) {
            counts[1] += cadences.generate(c.id(), from, to).createdMeetingIds().size();
        }
        List<Meeting> past = meetings.meetings(vendor.id()).stream()
                .filter(m -> m.scheduledAt().isBefore(demoEnd))
                .toList();
        for (Meeting m : past) {
            boolean cancel = random.nextDouble() < (m.kind() == ReviewKind.WEEKLY_OPERATIONS ? 0.10 : 0.06);
            if (cancel) {
                meetings.cancel(
                        m.id(), random.nextBoolean() ? "Public holiday" : "Moved: key people at the site launch");
                continue;
            }
            hold(m, profile, random);
            if (m.kind() != ReviewKind.WEEKLY_OPERATIONS) {
                LocalDate day = m.scheduledAt().atZone(reviews.zone()).toLocalDate();
                counts[2] += actions(vendor, profile, m, day, end, random);
                counts[3] += promises(vendor, profile, m, day, end, random);
            }
        }
        // agendas last, oldest first: each as of its meeting's day, with the next steps of the meeting before
        for (Meeting m : meetings.meetings(vendor.id())) {
            if (m.status() != MeetingStatus.CANCELLED) {
                meetings.regenerateAgenda(m.id());
            }
        }
    }

    private Cadence cadence(Vendor vendor, ReviewKind kind, LocalDateTime first, int minutes, String location) {
        return cadences.saveCadence(new CadenceInput(vendor.id(), kind, first, minutes, location, true));
    }

    private void hold(Meeting m, Profile profile, Random random) {
        List<Attendee> attendees = new ArrayList<>();
        for (int i = 0; i < CLIENT_PEOPLE.size(); i++) {
            boolean needed = i == 0 || m.kind() != ReviewKind.WEEKLY_OPERATIONS;
            if (needed) {
                attendees.add(new Attendee(
                        CLIENT_PEOPLE.get(i), Side.CLIENT, CLIENT_TITLES.get(i), random.nextDouble() < 0.92));
            }
        }
        for (int i = 0; i < profile.people().size(); i++) {
            attendees.add(new Attendee(
                    profile.people().get(i), Side.VENDOR, profile.titles().get(i), random.nextDouble() < 0.9));
        }
        if (m.kind() == ReviewKind.QUARTERLY_BUSINESS_REVIEW) {
            attendees.add(new Attendee("Chris Chief", Side.CLIENT, "Head of customer service", true));
        }
        String minutes = m.kind() == ReviewKind.WEEKLY_OPERATIONS
                ? "Checked last week's service level, backlog and staffing; no escalation."
                : MINUTES.get(random.nextInt(MINUTES.size()));
        String next = m.kind() == ReviewKind.WEEKLY_OPERATIONS
                ? null
                : "Vendor: " + lowerFirst(pick(VENDOR_ACTIONS, random)) + "\nClient: "
                        + lowerFirst(pick(CLIENT_ACTIONS, random));
        meetings.recordMinutes(m.id(), new MinutesInput(minutes, next, attendees));
        meetings.markHeld(m.id(), m.scheduledAt().plusSeconds(60L * random.nextInt(6)));
    }

    private int actions(Vendor vendor, Profile profile, Meeting m, LocalDate day, LocalDate end, Random random) {
        int n = 1 + random.nextInt(m.kind() == ReviewKind.QUARTERLY_BUSINESS_REVIEW ? 3 : 2);
        for (int i = 0; i < n; i++) {
            Side side = random.nextDouble() < 0.7 ? Side.VENDOR : Side.CLIENT;
            String owner = side == Side.VENDOR
                    ? profile.people().get(random.nextInt(profile.people().size()))
                    : CLIENT_PEOPLE.get(random.nextInt(CLIENT_PEOPLE.size()));
            LocalDate due = day.plusDays(14 + random.nextInt(22));
            ActionItem a = actions.createAction(new ActionInput(
                    vendor.id(),
                    m.id(),
                    pick(side == Side.VENDOR ? VENDOR_ACTIONS : CLIENT_ACTIONS, random),
                    owner,
                    side,
                    due,
                    "Agreed in the " + m.kind().title().toLowerCase()));
            backdate("review_actions", a.id(), day);
            backdateUpdates(a.id(), day);
            boolean onTime = random.nextDouble() < (side == Side.CLIENT ? 0.85 : profile.actionsOnTime());
            LocalDate doneOn = onTime ? due.minusDays(random.nextInt(7)) : due.plusDays(3 + random.nextInt(25));
            Authentication updater = side == Side.VENDOR && profile == ACME ? acmeAccountManager() : system();
            if (doneOn.isAfter(end) || random.nextDouble() < 0.04) {
                // still open at the end of the demo months: in progress, with a note
                as(
                        updater,
                        () -> actions.updateAction(
                                a.id(), new ActionUpdateInput(ActionStatus.IN_PROGRESS, "Started; needs more time")));
                LocalDate noted = day.plusDays(7).isAfter(end) ? end : day.plusDays(7);
                finishUpdate(a.id(), noted, null);
            } else {
                as(updater, () -> actions.updateAction(a.id(), new ActionUpdateInput(ActionStatus.DONE, "Done")));
                finishUpdate(a.id(), doneOn, doneOn);
            }
        }
        return n;
    }

    private int promises(Vendor vendor, Profile profile, Meeting m, LocalDate day, LocalDate end, Random random) {
        int n = 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            Side side = random.nextDouble() < 0.75 ? Side.VENDOR : Side.CLIENT;
            String by = side == Side.VENDOR ? profile.people().getFirst() : CLIENT_PEOPLE.getFirst();
            LocalDate due = day.plusDays(14 + random.nextInt(32));
            Promise p = promises.createPromise(new PromiseInput(
                    vendor.id(),
                    m.id(),
                    pick(side == Side.VENDOR ? VENDOR_PROMISES : CLIENT_PROMISES, random),
                    by,
                    side,
                    day,
                    due));
            backdate("review_promises", p.id(), day);
            double roll = random.nextDouble();
            double onTime = side == Side.CLIENT ? 0.8 : profile.keptOnTime();
            double late = side == Side.CLIENT ? 0.12 : profile.keptLate();
            LocalDate resolved;
            if (roll < onTime) {
                resolved = due.minusDays(random.nextInt(5));
                if (resolved.isBefore(day)) {
                    resolved = day;
                }
                if (!resolved.isAfter(end)) {
                    promises.recordOutcome(p.id(), new OutcomeInput(PromiseStatus.KEPT, resolved, null));
                }
            } else if (roll < onTime + late) {
                resolved = due.plusDays(2 + random.nextInt(20));
                if (!resolved.isAfter(end)) {
                    promises.recordOutcome(p.id(), new OutcomeInput(PromiseStatus.KEPT, resolved, "Kept late"));
                }
            } else {
                resolved = due.plusDays(7);
                if (!resolved.isAfter(end)) {
                    promises.recordOutcome(p.id(), new OutcomeInput(PromiseStatus.BROKEN, null, "Not delivered"));
                }
            }
            if (!resolved.isAfter(end)) {
                jdbc.sql("UPDATE review_promises SET updated_at = :at WHERE id = :id")
                        .param("at", at(resolved))
                        .param("id", p.id())
                        .update();
            }
        }
        return n;
    }

    // --- back-dating the record times to the demo dates

    private void backdate(String table, long id, LocalDate day) {
        jdbc.sql("UPDATE " + table + " SET created_at = :at, updated_at = :at WHERE id = :id")
                .param("at", at(day))
                .param("id", id)
                .update();
    }

    private void backdateUpdates(long actionId, LocalDate day) {
        jdbc.sql("UPDATE review_action_updates SET written_at = :at WHERE action_id = :id")
                .param("at", at(day))
                .param("id", actionId)
                .update();
    }

    /** The action's latest update and the action itself dated {@code on}; {@code doneOn} set when done. */
    private void finishUpdate(long actionId, LocalDate on, LocalDate doneOn) {
        Long latest = jdbc.sql("SELECT MAX(id) FROM review_action_updates WHERE action_id = :id")
                .param("id", actionId)
                .query(Long.class)
                .single();
        jdbc.sql("UPDATE review_action_updates SET written_at = :at WHERE id = :id")
                .param("at", at(on).plusHours(3))
                .param("id", latest)
                .update();
        jdbc.sql("UPDATE review_actions SET updated_at = :at, done_on = :done WHERE id = :id")
                .param("at", at(on).plusHours(3))
                .param("done", doneOn)
                .param("id", actionId)
                .update();
    }

    private OffsetDateTime at(LocalDate day) {
        return day.atTime(9, 0).atZone(reviews.zone()).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }

    // --- who writes

    private Authentication acmeAccountManager() {
        var user = users.loadUserByUsername("acme-am");
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
