package com.steward.app.reviews;

import com.steward.app.audit.AuditAction;
import com.steward.app.audit.AuditLog;
import com.steward.app.contracts.Contract;
import com.steward.app.contracts.ContractRules;
import com.steward.app.contracts.Contracts;
import com.steward.app.monitoring.Alert;
import com.steward.app.monitoring.AlertStatus;
import com.steward.app.monitoring.Monitoring;
import com.steward.app.reviews.ReviewRepository.ActionRow;
import com.steward.app.reviews.ReviewRepository.CadenceRow;
import com.steward.app.reviews.ReviewRepository.MeetingRow;
import com.steward.app.reviews.ReviewRepository.PromiseRow;
import com.steward.app.scorecards.RunStatus;
import com.steward.app.scorecards.ScorecardNumbers;
import com.steward.app.scorecards.ScorecardRun;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.VendorAccess;
import com.steward.app.security.VendorScope;
import com.steward.app.vendors.Vendor;
import com.steward.app.vendors.VendorRegister;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.governance.ICalendar;
import com.steward.core.governance.PromiseKeeping;
import com.steward.core.governance.PromiseOutcome;
import com.steward.core.governance.PromiseStatus;
import com.steward.core.governance.Recurrence;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * The reviews module's facade. Every read is limited to the caller's vendor scope (a VENDOR user sees its own vendor's
 * cadences, meetings, actions and promises; another vendor's record answers 404). Who may change what:
 *
 * <ul>
 *   <li>cadences, meetings (create, generate, regenerate the agenda, mark held or cancelled): ADMIN, MANAGER;
 *   <li>minutes and attendees, new actions and new promises: ADMIN, MANAGER, ANALYST;
 *   <li>action updates (status and a note): ADMIN, MANAGER, ANALYST on any action; a VENDOR user on its own vendor's
 *       VENDOR-side actions only (a client-side action: 403);
 *   <li>promise outcomes: ADMIN, MANAGER.
 * </ul>
 *
 * Every change is written to the audit log. Times are kept as instants; wall times are read and shown in the reviews'
 * zone ({@code steward.reviews.zone}, default Europe/Berlin).
 */
@Service
public class Reviews {

    static final String AUDIT_CADENCE = "review_cadence";
    static final String AUDIT_MEETING = "review_meeting";
    static final String AUDIT_ACTION = "review_action";
    static final String AUDIT_PROMISE = "review_promise";

    static final Set<String> MANAGERS = Set.of("ROLE_ADMIN", "ROLE_MANAGER");
    static final Set<String> WRITERS = Set.of("ROLE_ADMIN", "ROLE_MANAGER", "ROLE_ANALYST");

    /** Broken promises stay on the agenda's collaboration issues for this long after their due date. */
    static final int BROKEN_ON_AGENDA_DAYS = 90;

    private final ReviewRepository repository;
    private final VendorRegister vendors;
    private final Contracts contracts;
    private final ScorecardRuns scorecards;
    private final Monitoring monitoring;
    private final VendorAccess access;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;
    private final int horizonWeeks;

    Reviews(
            ReviewRepository repository,
            VendorRegister vendors,
            Contracts contracts,
            ScorecardRuns scorecards,
            Monitoring monitoring,
            VendorAccess access,
            AuditLog audit,
            ObjectMapper json,
            Clock clock,
            @Value("${steward.reviews.zone:Europe/Berlin}") String zone,
            @Value("${steward.reviews.horizon-weeks:13}") int horizonWeeks) {
        this.repository = repository;
        this.vendors = vendors;
        this.contracts = contracts;
        this.scorecards = scorecards;
        this.monitoring = monitoring;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
        if (horizonWeeks < 1 || horizonWeeks > 104) {
            throw new IllegalArgumentException("steward.reviews.horizon-weeks must be 1..104");
        }
        this.horizonWeeks = horizonWeeks;
    }

    /** The zone whose wall time cadences keep and pages show. */
    public ZoneId zone() {
        return zone;
    }

    /** Today in the reviews' zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** Weeks ahead that {@link #generate(long, Integer)} plans by default. */
    public int horizonWeeks() {
        return horizonWeeks;
    }

    /** Vendors whose reviews the caller may see (not in-house). */
    public List<Vendor> vendors() {
        return vendors.visibleVendors().stream().filter(v -> !v.inHouse()).toList();
    }

    /** The vendor if visible (404 otherwise). */
    public Vendor vendor(long vendorId) {
        return vendors.get(vendorId);
    }

    // --- cadences ---

    public List<Cadence> cadences(long vendorId) {
        vendor(vendorId);
        return repository.cadences(vendorId, access.currentScope()).stream()
                .map(this::cadence)
                .toList();
    }

    public Cadence cadence(long id) {
        return repository
                .cadence(id, access.currentScope())
                .map(this::cadence)
                .orElseThrow(() -> ReviewNotFoundException.cadence(id));
    }

    /** Creates the vendor's cadence of this kind, or changes it when there is one (one cadence per kind). */
    @Transactional
    public Cadence saveCadence(CadenceInput input) {
        require(MANAGERS);
        if (input == null || input.kind() == null) {
            throw new InvalidRequestException(
                    "kind", "choose WEEKLY_OPERATIONS, MONTHLY_REVIEW or QUARTERLY_BUSINESS_REVIEW");
        }
        Vendor vendor = vendor(input.vendorId());
        if (vendor.inHouse()) {
            throw new InvalidRequestException("vendorId", "reviews are held with vendors, not the in-house center");
        }
        if (input.firstAt() == null) {
            throw new InvalidRequestException("firstAt", "give the first meeting's date and time");
        }
        int minutes = minutes(input.durationMinutes(), input.kind());
        String location = text(input.location(), "location", 300, false);
        boolean active = input.active() == null || input.active();
        Instant first = ZonedDateTime.of(input.firstAt(), zone).toInstant();
        Optional<CadenceRow> existing = repository.cadenceOfKind(vendor.id(), input.kind());
        long id;
        if (existing.isPresent()) {
            Cadence before = cadence(existing.get());
            id = before.id();
            repository.updateCadence(id, first, minutes, location, active);
            audit.record(AuditAction.UPDATE, AUDIT_CADENCE, id, vendor.id(), before, cadence(id));
        } else {
            id = repository.insertCadence(
                    vendor.id(),
                    input.kind(),
                    first,
                    minutes,
                    location,
                    active,
                    access.currentActor(),
                    clock.instant());
            audit.record(AuditAction.CREATE, AUDIT_CADENCE, id, vendor.id(), null, cadence(id));
        }
        return cadence(id);
    }

    /**
     * Plans the cadence's meetings from today (or its first occurrence, if later) up to {@code weeks} ahead (default
     * {@link #horizonWeeks()}). Idempotent: an occurrence that already has a meeting gets none again.
     */
    @Transactional
    public Generation generate(long cadenceId, Integer weeks) {
        require(MANAGERS);
        int w = weeks == null ? horizonWeeks : weeks;
        if (w < 1 || w > 104) {
            throw new InvalidRequestException("weeks", "plan 1 to 104 weeks ahead");
        }
        Instant from = today().atStartOfDay(zone).toInstant();
        return generate(cadenceId, from, from.plus(7L * w, ChronoUnit.DAYS));
    }

    /** Plans the cadence's meetings with start in {@code [from, to]}; idempotent (see {@link #generate(long, Integer)}). */
    @Transactional
    public Generation generate(long cadenceId, Instant from, Instant to) {
        require(MANAGERS);
        Cadence cadence = cadence(cadenceId);
        if (!cadence.active()) {
            throw new ConflictException("The cadence is paused; activate it before planning meetings");
        }
        Set<Instant> planned = repository.plannedStarts(cadenceId);
        List<Instant> occurrences = Recurrence.occurrences(
                cadence.firstLocal(), zone, cadence.kind().frequency(), from, to);
        List<Long> created = new ArrayList<>();
        int already = 0;
        for (Instant at : occurrences) {
            if (planned.contains(at)) {
                already++;
                continue;
            }
            long id = repository.insertMeeting(
                    cadence.vendorId(),
                    cadenceId,
                    cadence.kind(),
                    cadence.kind().title(),
                    at,
                    cadence.durationMinutes(),
                    cadence.location(),
                    MeetingStatus.PLANNED,
                    access.currentActor(),
                    clock.instant());
            fillAgenda(id);
            created.add(id);
            audit.record(AuditAction.CREATE, AUDIT_MEETING, id, cadence.vendorId(), null, summary(id));
        }
        return new Generation(cadenceId, from, to, created, already);
    }

    // --- meetings ---

    /** The vendor's meetings, oldest first. */
    public List<Meeting> meetings(long vendorId) {
        return meetingsBetween(vendorId, null, null);
    }

    /** The vendor's meetings whose day (in the reviews' zone) is in {@code [from, to]}; null bounds are open. */
    public List<Meeting> meetingsBetween(long vendorId, LocalDate from, LocalDate to) {
        vendor(vendorId);
        return repository
                .meetings(
                        vendorId,
                        access.currentScope(),
                        from == null ? null : from.atStartOfDay(zone).toInstant(),
                        to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant())
                .stream()
                .map(this::meeting)
                .toList();
    }

    public Meeting meeting(long id) {
        return repository
                .meeting(id, access.currentScope())
                .map(this::meeting)
                .orElseThrow(() -> ReviewNotFoundException.meeting(id));
    }

    /** The latest meeting of the vendor that has an agenda and is not cancelled: held or next to come. */
    public Optional<Meeting> latestAgenda(long vendorId) {
        List<Meeting> all = meetings(vendorId);
        Instant now = clock.instant();
        Optional<Meeting> next = all.stream()
                .filter(m ->
                        m.status() == MeetingStatus.PLANNED && !m.scheduledAt().isBefore(now.minus(1, ChronoUnit.DAYS)))
                .filter(m -> m.agenda() != null)
                .findFirst();
        if (next.isPresent()) {
            return next;
        }
        return all.reversed().stream()
                .filter(m -> m.status() != MeetingStatus.CANCELLED && m.agenda() != null)
                .findFirst();
    }

    /** Plans a one-off meeting; its agenda is pre-filled. */
    @Transactional
    public Meeting createMeeting(MeetingInput input) {
        require(MANAGERS);
        if (input == null || input.kind() == null) {
            throw new InvalidRequestException("kind", "choose the kind of review");
        }
        Vendor vendor = vendor(input.vendorId());
        if (vendor.inHouse()) {
            throw new InvalidRequestException("vendorId", "reviews are held with vendors, not the in-house center");
        }
        if (input.scheduledAt() == null) {
            throw new InvalidRequestException("scheduledAt", "give the meeting's date and time");
        }
        String title = text(input.title(), "title", 300, false);
        long id = repository.insertMeeting(
                vendor.id(),
                null,
                input.kind(),
                title == null ? input.kind().title() : title,
                ZonedDateTime.of(input.scheduledAt(), zone).toInstant(),
                minutes(input.durationMinutes(), input.kind()),
                text(input.location(), "location", 300, false),
                MeetingStatus.PLANNED,
                access.currentActor(),
                clock.instant());
        fillAgenda(id);
        Meeting created = meeting(id);
        audit.record(AuditAction.CREATE, AUDIT_MEETING, id, vendor.id(), null, created);
        return created;
    }

    /** Pre-fills the agenda again from the current data (the snapshot is replaced). */
    @Transactional
    public Meeting regenerateAgenda(long id) {
        require(MANAGERS);
        Meeting before = meeting(id);
        if (before.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("The meeting was cancelled");
        }
        fillAgenda(id);
        Meeting after = meeting(id);
        audit.record(AuditAction.UPDATE, AUDIT_MEETING, id, before.vendorId(), before.agenda(), after.agenda());
        return after;
    }

    /** Records minutes, next steps and attendance (replacing what was recorded). */
    @Transactional
    public Meeting recordMinutes(long id, MinutesInput input) {
        require(WRITERS);
        Meeting before = meeting(id);
        if (input == null) {
            throw new InvalidRequestException("minutes", "send minutes, next steps and attendees");
        }
        if (before.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("The meeting was cancelled; it has no minutes");
        }
        String minutes = text(input.minutes(), "minutes", 100_000, false);
        String next = text(input.nextSteps(), "nextSteps", 20_000, false);
        List<Attendee> attendees = new ArrayList<>();
        for (Attendee a : input.attendees() == null ? List.<Attendee>of() : input.attendees()) {
            if (a == null) {
                continue;
            }
            String name = text(a.name(), "attendees.name", 200, false);
            if (name == null) {
                continue;
            }
            if (a.side() == null) {
                throw new InvalidRequestException("attendees.side", "say whether " + name + " is CLIENT or VENDOR");
            }
            attendees.add(
                    new Attendee(name, a.side(), text(a.jobTitle(), "attendees.jobTitle", 200, false), a.present()));
        }
        if (attendees.size() > 100) {
            throw new InvalidRequestException("attendees", "at most 100 attendees");
        }
        repository.updateMinutes(id, minutes, next, attendees, clock.instant());
        Meeting after = meeting(id);
        audit.record(AuditAction.UPDATE, AUDIT_MEETING, id, before.vendorId(), before, after);
        return after;
    }

    /** Marks the meeting held at {@code heldAt} (default: its scheduled start). */
    @Transactional
    public Meeting markHeld(long id, Instant heldAt) {
        require(MANAGERS);
        Meeting before = meeting(id);
        if (before.status() == MeetingStatus.CANCELLED) {
            throw new ConflictException("The meeting was cancelled");
        }
        Instant at = heldAt == null ? before.scheduledAt() : heldAt;
        if (at.isAfter(clock.instant().plus(1, ChronoUnit.DAYS))) {
            throw new InvalidRequestException("heldAt", "a meeting cannot be held in the future");
        }
        repository.markHeld(id, at, clock.instant());
        Meeting after = meeting(id);
        audit.record(AuditAction.UPDATE, AUDIT_MEETING, id, before.vendorId(), before, after);
        return after;
    }

    /** Calls the meeting off; the calendar shows it CANCELLED with a raised SEQUENCE. */
    @Transactional
    public Meeting cancel(long id, String reason) {
        require(MANAGERS);
        Meeting before = meeting(id);
        if (before.status() != MeetingStatus.PLANNED) {
            throw new ConflictException("Only a planned meeting can be cancelled; this one is "
                    + before.status().name().toLowerCase(Locale.ROOT));
        }
        repository.cancel(id, text(reason, "reason", 2000, false), clock.instant());
        Meeting after = meeting(id);
        audit.record(AuditAction.UPDATE, AUDIT_MEETING, id, before.vendorId(), before, after);
        return after;
    }

    // --- iCalendar ---

    /** Every meeting of the vendor the caller may see, as an RFC 5545 calendar. */
    public String vendorCalendar(long vendorId) {
        Vendor vendor = vendor(vendorId);
        return ICalendar.write(
                PRODUCT_ID,
                "Reviews with " + vendor.name(),
                meetings(vendorId).stream().map(Reviews::event).toList());
    }

    /** One meeting as an RFC 5545 calendar. */
    public String meetingCalendar(long meetingId) {
        Meeting m = meeting(meetingId);
        return ICalendar.write(PRODUCT_ID, null, List.of(event(m)));
    }

    static final String PRODUCT_ID = "-//Steward//Vendor reviews//EN";

    /** The stable UID of a meeting's calendar event. */
    public static String uid(long meetingId) {
        return "review-meeting-" + meetingId + "@steward";
    }

    private static ICalendar.Event event(Meeting m) {
        StringBuilder description = new StringBuilder();
        if (m.agenda() != null) {
            description.append("Agenda\n").append(m.agenda().asText());
        }
        if (m.status() == MeetingStatus.CANCELLED && m.cancelReason() != null) {
            description.insert(0, "Cancelled: " + m.cancelReason() + "\n");
        }
        return new ICalendar.Event(
                uid(m.id()),
                m.updatedAt(),
                m.scheduledAt(),
                m.endsAt(),
                m.title() + " – " + m.vendorName(),
                m.location(),
                description.toString(),
                m.status() == MeetingStatus.CANCELLED
                        ? ICalendar.EventStatus.CANCELLED
                        : ICalendar.EventStatus.CONFIRMED,
                m.sequence());
    }

    // --- actions ---

    public List<ActionItem> actions(long vendorId) {
        vendor(vendorId);
        LocalDate today = today();
        return repository.actions(vendorId, access.currentScope()).stream()
                .map(a -> action(a, today, false))
                .toList();
    }

    /** Open and in-progress actions of the vendor, by due date. */
    public List<ActionItem> openActions(long vendorId) {
        return actions(vendorId).stream().filter(a -> !a.status().closed()).toList();
    }

    public ActionItem action(long id) {
        return repository
                .action(id, access.currentScope())
                .map(a -> action(a, today(), true))
                .orElseThrow(() -> ReviewNotFoundException.action(id));
    }

    @Transactional
    public ActionItem createAction(ActionInput input) {
        require(WRITERS);
        if (input == null) {
            throw new InvalidRequestException("title", "send an action");
        }
        Vendor vendor = vendor(input.vendorId());
        String title = text(input.title(), "title", 500, true);
        String owner = text(input.ownerName(), "ownerName", 200, true);
        if (input.ownerSide() == null) {
            throw new InvalidRequestException("ownerSide", "say whether the owner is CLIENT or VENDOR");
        }
        if (input.dueDate() == null) {
            throw new InvalidRequestException("dueDate", "give a due date");
        }
        Long meetingId = meetingOf(input.meetingId(), vendor.id());
        String note = text(input.note(), "note", 4000, false);
        long id = repository.insertAction(
                new ActionInput(vendor.id(), meetingId, title, owner, input.ownerSide(), input.dueDate(), note),
                access.currentActor(),
                clock.instant());
        repository.insertActionUpdate(
                id, null, ActionStatus.OPEN, note, access.currentActor(), actorSide(), clock.instant());
        ActionItem created = action(id);
        audit.record(AuditAction.CREATE, AUDIT_ACTION, id, vendor.id(), null, created);
        return created;
    }

    /**
     * Changes an action's status and/or adds a note to its history. Client staff who write may update any action; a
     * VENDOR user only its own vendor's VENDOR-side actions (another vendor's: 404; a client-side one: 403).
     */
    @Transactional
    public ActionItem updateAction(long id, ActionUpdateInput input) {
        ActionItem before = action(id); // 404 first: another vendor's action is not even there for a VENDOR user
        boolean vendorUser = !access.currentScope().unrestricted();
        if (vendorUser) {
            if (before.ownerSide() != Side.VENDOR) {
                throw new AccessDeniedException("A vendor updates its own side's actions only");
            }
        } else {
            require(WRITERS);
        }
        if (input == null
                || (input.status() == null
                        && (input.note() == null || input.note().isBlank()))) {
            throw new InvalidRequestException("status", "change the status or write a note");
        }
        String note = text(input.note(), "note", 4000, false);
        ActionStatus to = input.status() == null ? before.status() : input.status();
        LocalDate doneOn =
                to == ActionStatus.DONE ? (before.status() == ActionStatus.DONE ? before.doneOn() : today()) : null;
        repository.updateActionStatus(id, to, doneOn, access.currentActor(), clock.instant());
        repository.insertActionUpdate(
                id,
                before.status(),
                to,
                note,
                access.currentActor(),
                vendorUser ? Side.VENDOR : Side.CLIENT,
                clock.instant());
        ActionItem after = action(id);
        audit.record(AuditAction.UPDATE, AUDIT_ACTION, id, before.vendorId(), before, after);
        return after;
    }

    // --- promises ---

    public List<Promise> promises(long vendorId) {
        vendor(vendorId);
        LocalDate today = today();
        return repository.promises(vendorId, access.currentScope()).stream()
                .map(p -> promise(p, today))
                .toList();
    }

    /** The vendor's promises due in {@code [from, to]} with their outcome as of today. */
    public List<Promise> promisesDueBetween(long vendorId, LocalDate from, LocalDate to) {
        return promises(vendorId).stream()
                .filter(p -> (from == null || !p.dueDate().isBefore(from))
                        && (to == null || !p.dueDate().isAfter(to)))
                .toList();
    }

    public Promise promise(long id) {
        return repository
                .promise(id, access.currentScope())
                .map(p -> promise(p, today()))
                .orElseThrow(() -> ReviewNotFoundException.promise(id));
    }

    @Transactional
    public Promise createPromise(PromiseInput input) {
        require(WRITERS);
        if (input == null) {
            throw new InvalidRequestException("what", "send a promise");
        }
        Vendor vendor = vendor(input.vendorId());
        String what = text(input.what(), "what", 2000, true);
        String by = text(input.promisedBy(), "promisedBy", 200, true);
        if (input.side() == null) {
            throw new InvalidRequestException("side", "say whether the promise is the CLIENT's or the VENDOR's");
        }
        LocalDate madeOn = input.madeOn() == null ? today() : input.madeOn();
        if (input.dueDate() == null) {
            throw new InvalidRequestException("dueDate", "give a due date");
        }
        if (input.dueDate().isBefore(madeOn)) {
            throw new InvalidRequestException("dueDate", "a promise falls due on or after the day it is made");
        }
        Long meetingId = meetingOf(input.meetingId(), vendor.id());
        long id = repository.insertPromise(
                new PromiseInput(vendor.id(), meetingId, what, by, input.side(), madeOn, input.dueDate()),
                access.currentActor(),
                clock.instant());
        Promise created = promise(id);
        audit.record(AuditAction.CREATE, AUDIT_PROMISE, id, vendor.id(), null, created);
        return created;
    }

    /** Records whether the promise was kept (and on which day) or broken, or opens it again. ADMIN, MANAGER. */
    @Transactional
    public Promise recordOutcome(long id, OutcomeInput input) {
        Promise before = promise(id);
        require(MANAGERS);
        if (input == null || input.status() == null) {
            throw new InvalidRequestException("status", "choose KEPT, BROKEN or OPEN");
        }
        LocalDate keptOn = null;
        if (input.status() == PromiseStatus.KEPT) {
            keptOn = input.keptOn() == null ? today() : input.keptOn();
            if (keptOn.isBefore(before.madeOn())) {
                throw new InvalidRequestException("keptOn", "a promise cannot be kept before it was made");
            }
            if (keptOn.isAfter(today())) {
                throw new InvalidRequestException("keptOn", "a promise cannot be kept in the future");
            }
        } else if (input.keptOn() != null) {
            throw new InvalidRequestException("keptOn", "only a kept promise has a day it was kept");
        }
        repository.updateOutcome(
                id,
                input.status(),
                keptOn,
                text(input.note(), "note", 2000, false),
                access.currentActor(),
                clock.instant());
        Promise after = promise(id);
        audit.record(AuditAction.UPDATE, AUDIT_PROMISE, id, before.vendorId(), before, after);
        return after;
    }

    /**
     * Adds a dated progress report to a promise (appended to its notes, e.g. "2026-03-20 acme-am: root-cause analysis
     * sent"). A VENDOR user reports on its own vendor's VENDOR-side promises only (another vendor's: 404; a client-side
     * one: 403); client staff who write may report on any. The outcome stays the client's to record: a vendor reports
     * progress, it does not certify its own promise as kept.
     */
    @Transactional
    public Promise reportOnPromise(long id, String report) {
        Promise before = promise(id); // 404 first for another vendor's promise
        boolean vendorUser = !access.currentScope().unrestricted();
        if (vendorUser) {
            if (before.side() != Side.VENDOR) {
                throw new AccessDeniedException("A vendor reports on its own side's promises only");
            }
        } else {
            require(WRITERS);
        }
        String text = text(report, "report", 1000, true);
        String line = today() + " " + access.currentActor() + ": " + text;
        String notes = before.note() == null || before.note().isBlank() ? line : before.note() + "\n" + line;
        if (notes.length() > 2000) {
            throw new InvalidRequestException(
                    "report", "this promise's notes are full (2,000 characters); record its outcome instead");
        }
        repository.updatePromiseNote(id, notes, access.currentActor(), clock.instant());
        Promise after = promise(id);
        audit.record(AuditAction.UPDATE, AUDIT_PROMISE, id, before.vendorId(), before, after);
        return after;
    }

    /** The promises-kept rate per side and quarter (by due date), oldest quarter first, CLIENT then VENDOR. */
    public List<KeptRate> keptRates(long vendorId) {
        List<Promise> all = promises(vendorId);
        LocalDate today = today();
        List<KeptRate> out = new ArrayList<>();
        for (Side side : Side.values()) {
            List<PromiseKeeping.Promise> facts = all.stream()
                    .filter(p -> p.side() == side)
                    .map(p -> new PromiseKeeping.Promise(p.dueDate(), p.status(), p.keptOn()))
                    .toList();
            for (PromiseKeeping.QuarterRate r : PromiseKeeping.keptRates(facts, today)) {
                out.add(new KeptRate(
                        side,
                        r.quarter().toString(),
                        r.quarter().start(),
                        r.quarter().end(),
                        r.kept(),
                        r.keptLate(),
                        r.broken(),
                        r.overdue(),
                        r.notYetDue(),
                        r.counted(),
                        r.rate() == null ? null : r.rate().estimate(),
                        r.rate() == null ? null : r.rate().low(),
                        r.rate() == null ? null : r.rate().high()));
            }
        }
        return out;
    }

    // --- agenda ---

    /**
     * Fills the meeting's agenda from the data as of the meeting's day, or today for a meeting still to come; actions
     * and promises agreed on the meeting's day or later are left out (they come out of this meeting).
     */
    private void fillAgenda(long meetingId) {
        MeetingRow m = repository.meeting(meetingId, VendorScope.all()).orElseThrow();
        LocalDate meetingDay = m.scheduledAt().atZone(zone).toLocalDate();
        LocalDate asOf = meetingDay.isBefore(today()) ? meetingDay : today();
        Agenda agenda = agenda(m.vendorId(), m.kind(), m.scheduledAt(), asOf);
        repository.updateAgenda(meetingId, json.writeValueAsString(agenda), clock.instant());
    }

    Agenda agenda(long vendorId, ReviewKind kind, Instant meetingAt, LocalDate asOf) {
        VendorScope all = VendorScope.all();
        List<Agenda.Performance> performance = performance(vendorId, kind, asOf);
        List<String> alerts = monitoring.alerts(null).stream()
                .filter(a -> a.vendorId() != null && a.vendorId() == vendorId)
                .filter(a -> a.week().isBefore(asOf))
                .filter(a -> a.status() != AlertStatus.RESOLVED
                        || a.resolvedAt() == null
                        || !a.resolvedAt().atZone(zone).toLocalDate().isBefore(asOf))
                .map(Reviews::alertText)
                .toList();
        List<Agenda.Item> overdueActions = new ArrayList<>();
        List<Agenda.Item> openActions = new ArrayList<>();
        LocalDate meetingDay = meetingAt.atZone(zone).toLocalDate();
        for (ActionRow a : repository.actions(vendorId, all)) {
            if (!a.createdAt().atZone(zone).toLocalDate().isBefore(meetingDay)) {
                continue; // agreed in this meeting (or later): not on its agenda
            }
            boolean closedThen = a.status() == ActionStatus.DONE
                    ? a.doneOn() == null || !a.doneOn().isAfter(asOf)
                    : a.status() == ActionStatus.CANCELLED
                            && !a.updatedAt().atZone(zone).toLocalDate().isAfter(asOf);
            if (closedThen) {
                continue;
            }
            String state = a.status().closed()
                    ? ActionStatus.IN_PROGRESS.name()
                    : a.status().name();
            Agenda.Item item = new Agenda.Item(a.id(), a.title(), a.ownerName(), a.ownerSide(), a.dueDate(), state);
            (a.dueDate().isBefore(asOf) ? overdueActions : openActions).add(item);
        }
        List<Agenda.Item> latePromises = new ArrayList<>();
        List<Agenda.Item> openPromises = new ArrayList<>();
        for (PromiseRow p : repository.promises(vendorId, all)) {
            if (!p.madeOn().isBefore(meetingDay)) {
                continue;
            }
            PromiseOutcome then = outcomeAsOf(p, asOf);
            Agenda.Item item = new Agenda.Item(p.id(), p.what(), p.promisedBy(), p.side(), p.dueDate(), then.name());
            switch (then) {
                case OVERDUE -> latePromises.add(item);
                case BROKEN -> {
                    if (!p.dueDate().isBefore(asOf.minusDays(BROKEN_ON_AGENDA_DAYS))) {
                        latePromises.add(item);
                    }
                }
                case OPEN -> openPromises.add(item);
                default -> {}
            }
        }
        Optional<MeetingRow> previous = repository.previousHeld(vendorId, meetingAt);
        return new Agenda(
                clock.instant(),
                performance,
                alerts,
                overdueActions,
                latePromises,
                openActions,
                openPromises,
                previous.map(MeetingRow::nextSteps).orElse(null),
                previous.map(p -> p.scheduledAt().atZone(zone).toLocalDate()).orElse(null));
    }

    /** The outcome a promise had on {@code asOf}, from what is recorded now. */
    private PromiseOutcome outcomeAsOf(PromiseRow p, LocalDate asOf) {
        PromiseStatus status = p.status();
        if (status == PromiseStatus.KEPT && p.keptOn().isAfter(asOf)) {
            status = PromiseStatus.OPEN;
        } else if (status == PromiseStatus.BROKEN
                && p.updatedAt().atZone(zone).toLocalDate().isAfter(asOf)
                && !p.dueDate().isBefore(asOf)) {
            status = PromiseStatus.OPEN;
        }
        return PromiseKeeping.outcome(new PromiseKeeping.Promise(p.dueDate(), status, p.keptOn()), asOf);
    }

    /** The latest published run of each of the vendor's contracts whose period ended before {@code asOf}. */
    private List<Agenda.Performance> performance(long vendorId, ReviewKind kind, LocalDate asOf) {
        List<Agenda.Performance> out = new ArrayList<>();
        for (Contract contract : contracts.visibleContracts()) {
            if (contract.vendorId() != vendorId) {
                continue;
            }
            List<ScorecardRun> published = scorecards.runs(contract.id()).stream()
                    .filter(r ->
                            r.status() == RunStatus.PUBLISHED && r.periodEnd().isBefore(asOf))
                    .sorted(Comparator.comparing(ScorecardRun::periodEnd).reversed())
                    .toList();
            boolean weekly = kind == ReviewKind.WEEKLY_OPERATIONS;
            Optional<ScorecardRun> run = published.stream()
                    .filter(r -> r.isWeekly() == weekly)
                    .findFirst()
                    .or(() -> published.stream().findFirst());
            if (run.isEmpty()) {
                continue;
            }
            ScorecardRun r = run.get();
            ContractRules rules = contract.rules() == null
                    ? ContractRules.defaults()
                    : contract.rules().withDefaults();
            double threshold = rules.thresholdScore();
            Double score = r.numbers().score();
            List<String> below = new ArrayList<>();
            for (ScorecardNumbers.Line line : r.numbers().metrics()) {
                if (line.vendor() == null) {
                    continue;
                }
                boolean higherIsBetter = line.target() >= line.threshold();
                double v = line.vendor().value();
                boolean short_ = higherIsBetter ? v < line.target() : v > line.target();
                if (short_) {
                    below.add(String.format(
                            Locale.ROOT,
                            "%s %.3f (target %.3f, threshold %.3f)%s",
                            line.displayName(),
                            v,
                            line.target(),
                            line.threshold(),
                            line.breached() ? " – breached" : ""));
                }
            }
            out.add(new Agenda.Performance(
                    contract.id(),
                    contract.name(),
                    r.period(),
                    r.version(),
                    score,
                    threshold,
                    score != null && score < threshold,
                    below));
        }
        return out;
    }

    private static String alertText(Alert a) {
        return String.format(
                Locale.ROOT,
                "%s moved %s in the week of %s (observed %.3f, in-control centre %.3f, n=%d) – %s",
                a.metricId(),
                a.direction().toLowerCase(Locale.ROOT),
                a.week(),
                a.observed(),
                a.centre(),
                a.sampleSize(),
                a.status().name().toLowerCase(Locale.ROOT));
    }

    // --- mapping ---

    private Cadence cadence(CadenceRow c) {
        return new Cadence(
                c.id(),
                c.vendorId(),
                c.vendorName(),
                c.kind(),
                c.firstAt(),
                LocalDateTime.ofInstant(c.firstAt(), zone),
                zone.getId(),
                c.durationMinutes(),
                c.location(),
                c.active(),
                c.createdBy(),
                c.createdAt());
    }

    private Meeting meeting(MeetingRow m) {
        Agenda agenda = m.agendaJson() == null ? null : json.readValue(m.agendaJson(), Agenda.class);
        return new Meeting(
                m.id(),
                m.vendorId(),
                m.vendorCode(),
                m.vendorName(),
                m.cadenceId(),
                m.kind(),
                m.title(),
                m.scheduledAt(),
                m.durationMinutes(),
                m.location(),
                m.status(),
                m.heldAt(),
                agenda,
                m.minutes(),
                m.nextSteps(),
                m.cancelReason(),
                m.sequence(),
                m.createdBy(),
                m.createdAt(),
                m.updatedAt(),
                repository.attendees(m.id()));
    }

    /** A meeting without attendees for audit entries of generated meetings. */
    private Object summary(long meetingId) {
        MeetingRow m = repository.meeting(meetingId, VendorScope.all()).orElseThrow();
        return java.util.Map.of(
                "kind", m.kind().name(), "scheduledAt", m.scheduledAt().toString(), "cadenceId", m.cadenceId());
    }

    private ActionItem action(ActionRow a, LocalDate today, boolean withHistory) {
        return new ActionItem(
                a.id(),
                a.vendorId(),
                a.vendorName(),
                a.meetingId(),
                a.title(),
                a.ownerName(),
                a.ownerSide(),
                a.dueDate(),
                a.status(),
                a.doneOn(),
                !a.status().closed() && a.dueDate().isBefore(today),
                a.createdBy(),
                a.createdAt(),
                a.updatedBy(),
                a.updatedAt(),
                withHistory ? repository.actionUpdates(a.id()) : List.of());
    }

    private static Promise promise(PromiseRow p, LocalDate today) {
        return new Promise(
                p.id(),
                p.vendorId(),
                p.vendorName(),
                p.meetingId(),
                p.what(),
                p.promisedBy(),
                p.side(),
                p.madeOn(),
                p.dueDate(),
                p.status(),
                p.keptOn(),
                PromiseKeeping.outcome(new PromiseKeeping.Promise(p.dueDate(), p.status(), p.keptOn()), today),
                p.note(),
                p.createdBy(),
                p.createdAt(),
                p.updatedBy(),
                p.updatedAt());
    }

    // --- rules ---

    /** The meeting must be the same vendor's (and visible); null stays null. */
    private Long meetingOf(Long meetingId, long vendorId) {
        if (meetingId == null) {
            return null;
        }
        Meeting m = repository
                .meeting(meetingId, access.currentScope())
                .map(this::meeting)
                .orElseThrow(() -> new InvalidRequestException("meetingId", "no such meeting"));
        if (m.vendorId() != vendorId) {
            throw new InvalidRequestException("meetingId", "the meeting is another vendor's");
        }
        return m.id();
    }

    private Side actorSide() {
        return access.currentScope().unrestricted() ? Side.CLIENT : Side.VENDOR;
    }

    /** The caller needs one of these authorities (or is a system actor without a role, e.g. a scheduled job). */
    private static void require(Set<String> authorities) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Sign in first");
        }
        boolean allowed = false;
        for (GrantedAuthority a : auth.getAuthorities()) {
            allowed |= authorities.contains(a.getAuthority());
        }
        if (!allowed) {
            throw new AccessDeniedException("Your role may not do this");
        }
    }

    private static int minutes(Integer minutes, ReviewKind kind) {
        int m = minutes == null ? kind.defaultMinutes() : minutes;
        if (m < 5 || m > 720) {
            throw new InvalidRequestException("durationMinutes", "a meeting lasts 5 to 720 minutes");
        }
        return m;
    }

    /** Stripped text of at most {@code max} characters; blank is null, or an error when {@code required}. */
    private static String text(String value, String field, int max, boolean required) {
        String s = value == null ? "" : value.strip();
        if (s.isEmpty()) {
            if (required) {
                throw new InvalidRequestException(field, field + " is required");
            }
            return null;
        }
        if (s.length() > max) {
            throw new InvalidRequestException(field, field + " has at most " + max + " characters");
        }
        return s;
    }
}
