package com.steward.app.reviews.web;

import com.steward.app.reviews.ActionItem;
import com.steward.app.reviews.ActionStatus;
import com.steward.app.reviews.Agenda;
import com.steward.app.reviews.KeptRate;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.MeetingStatus;
import com.steward.app.reviews.ReviewActions;
import com.steward.app.reviews.ReviewCadences;
import com.steward.app.reviews.ReviewKind;
import com.steward.app.reviews.ReviewMeetings;
import com.steward.app.reviews.ReviewPromises;
import com.steward.app.reviews.Reviews;
import com.steward.app.reviews.Side;
import com.steward.app.reviews.web.ReviewForms.ActionForm;
import com.steward.app.reviews.web.ReviewForms.ActionUpdateForm;
import com.steward.app.reviews.web.ReviewForms.CadenceForm;
import com.steward.app.reviews.web.ReviewForms.MeetingForm;
import com.steward.app.reviews.web.ReviewForms.MinutesForm;
import com.steward.app.reviews.web.ReviewForms.PromiseForm;
import com.steward.app.vendors.Vendor;
import com.steward.core.governance.PromiseOutcome;
import com.steward.core.governance.PromiseStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import tools.jackson.databind.ObjectMapper;

/**
 * The models of the review pages: the vendors' review overview, a vendor's cadences, meetings, actions, promises and
 * kept-rate chart, a meeting with its agenda, minutes and attendees, an action with its history. Each method fills
 * the model and names the view; a form already in the model (one that was refused, with what the user typed) is kept.
 * Reading follows the vendor scope.
 */
@Component
class ReviewPageModels {

    /** Attendee rows on the minutes form beyond those recorded. */
    static final int SPARE_ATTENDEE_ROWS = 4;

    private final Reviews reviews;
    private final ReviewCadences cadences;
    private final ReviewMeetings meetings;
    private final ReviewActions actions;
    private final ReviewPromises promises;
    private final ObjectMapper json;
    private final Clock clock;

    ReviewPageModels(
            Reviews reviews,
            ReviewCadences cadences,
            ReviewMeetings meetings,
            ReviewActions actions,
            ReviewPromises promises,
            ObjectMapper json,
            Clock clock) {
        this.reviews = reviews;
        this.cadences = cadences;
        this.meetings = meetings;
        this.actions = actions;
        this.promises = promises;
        this.json = json;
        this.clock = clock;
    }

    /** One vendor's line on the overview. */
    record VendorSummary(
            Vendor vendor,
            int cadences,
            @Nullable Meeting next,
            @Nullable Meeting last,
            long openActions,
            long overdueActions,
            long overduePromises,
            @Nullable KeptRate vendorRate) {}

    String index(Model model) {
        List<VendorSummary> rows = new ArrayList<>();
        for (Vendor v : reviews.vendors()) {
            rows.add(summary(v, clock.instant()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("zone", reviews.zone());
        return "reviews/index";
    }

    private VendorSummary summary(Vendor v, Instant now) {
        List<Meeting> all = meetings.meetings(v.id());
        List<ActionItem> open = actions.openActions(v.id());
        KeptRate latest = promises.keptRates(v.id()).stream()
                .filter(r -> r.side() == Side.VENDOR && r.rate() != null)
                .reduce((a, b) -> b)
                .orElse(null);
        return new VendorSummary(
                v,
                cadences.cadences(v.id()).size(),
                all.stream()
                        .filter(m -> m.status() == MeetingStatus.PLANNED
                                && m.scheduledAt().isAfter(now))
                        .findFirst()
                        .orElse(null),
                all.reversed().stream()
                        .filter(m -> m.status() == MeetingStatus.HELD)
                        .findFirst()
                        .orElse(null),
                open.size(),
                open.stream().filter(ActionItem::overdue).count(),
                promises.promises(v.id()).stream()
                        .filter(p -> p.outcome() == PromiseOutcome.OVERDUE)
                        .count(),
                latest);
    }

    String vendor(long vendorId, @Nullable ReviewKind kind, Model model) {
        Vendor vendor = reviews.vendor(vendorId);
        List<Meeting> shown = meetings.meetings(vendorId).stream()
                .filter(m -> kind == null || m.kind() == kind)
                .toList();
        Instant now = clock.instant();
        model.addAttribute("kind", kind);
        model.addAttribute("vendor", vendor);
        model.addAttribute("cadences", cadences.cadences(vendorId));
        model.addAttribute(
                "upcoming",
                shown.stream().filter(m -> !m.scheduledAt().isBefore(now)).toList());
        model.addAttribute(
                "past",
                shown.stream()
                        .filter(m -> m.scheduledAt().isBefore(now))
                        .toList()
                        .reversed());
        model.addAttribute("actions", actions.openActions(vendorId));
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("zone", reviews.zone());
        model.addAttribute("horizonWeeks", reviews.horizonWeeks());
        model.addAttribute("minutesHint", "Empty: the kind's default length");
        if (!model.containsAttribute("cadenceForm")) {
            model.addAttribute("cadenceForm", CadenceForm.blank(ReviewKind.MONTHLY_REVIEW.defaultMinutes()));
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", MeetingForm.blank());
        }
        return "reviews/vendor";
    }

    String actions(long vendorId, Model model) {
        model.addAttribute("vendor", reviews.vendor(vendorId));
        model.addAttribute("actions", actions.actions(vendorId));
        model.addAttribute("meetings", meetings.meetings(vendorId));
        model.addAttribute("sides", Side.values());
        model.addAttribute("today", reviews.today());
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", ActionForm.blank());
        }
        return "reviews/actions";
    }

    String promises(long vendorId, Model model) {
        List<KeptRate> rates = promises.keptRates(vendorId);
        model.addAttribute("vendor", reviews.vendor(vendorId));
        model.addAttribute("promises", promises.promises(vendorId).reversed());
        model.addAttribute("rates", rates);
        model.addAttribute("meetings", meetings.meetings(vendorId));
        model.addAttribute("sides", Side.values());
        model.addAttribute("today", reviews.today());
        model.addAttribute("outcomes", PromiseStatus.values());
        model.addAttribute("chartJson", json.writeValueAsString(chart(rates)));
        if (!model.containsAttribute("promiseForm")) {
            model.addAttribute("promiseForm", PromiseForm.blank());
        }
        return "reviews/promises";
    }

    /** The kept-rate chart's data: quarters on the x axis, per side the rate and its interval in percent. */
    static Map<String, Object> chart(List<KeptRate> rates) {
        List<String> quarters =
                rates.stream().map(KeptRate::quarter).distinct().sorted().toList();
        Map<String, Object> sides = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            List<@Nullable Object> points = new ArrayList<>();
            for (String q : quarters) {
                KeptRate r = rates.stream()
                        .filter(x -> x.side() == side && x.quarter().equals(q))
                        .findFirst()
                        .orElse(null);
                Double rate = r == null ? null : r.rate();
                if (r == null || rate == null || r.low() == null || r.high() == null) {
                    points.add(null);
                } else {
                    points.add(List.of(100 * rate, 100 * r.low(), 100 * r.high(), r.kept(), r.counted()));
                }
            }
            sides.put(side.name(), points);
        }
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", "kept-rate");
        chart.put("quarters", quarters);
        chart.put("sides", sides);
        return chart;
    }

    String meeting(long id, Model model) {
        Meeting meeting = meetings.meeting(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("sides", Side.values());
        model.addAttribute("zone", reviews.zone());
        Agenda agenda = meeting.agenda();
        model.addAttribute("agendaText", agenda == null ? null : agenda.asText());
        model.addAttribute(
                "actions",
                actions.actions(meeting.vendorId()).stream()
                        .filter(a -> a.meetingId() != null && a.meetingId() == id)
                        .toList());
        model.addAttribute(
                "promises",
                promises.promises(meeting.vendorId()).stream()
                        .filter(p -> p.meetingId() != null && p.meetingId() == id)
                        .toList());
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute(
                    "minutesForm",
                    MinutesForm.of(meeting.minutes(), meeting.nextSteps(), meeting.attendees(), SPARE_ATTENDEE_ROWS));
        }
        return "reviews/meeting";
    }

    String action(long id, Model model) {
        ActionItem action = actions.action(id);
        model.addAttribute("action", action);
        model.addAttribute("statuses", ActionStatus.values());
        if (!model.containsAttribute("updateForm")) {
            model.addAttribute("updateForm", new ActionUpdateForm(action.status(), null));
        }
        return "reviews/action";
    }
}
