package com.steward.app.reviews.web;

import com.steward.app.reviews.ActionInput;
import com.steward.app.reviews.ActionItem;
import com.steward.app.reviews.ActionStatus;
import com.steward.app.reviews.ActionUpdateInput;
import com.steward.app.reviews.Attendee;
import com.steward.app.reviews.CadenceInput;
import com.steward.app.reviews.Generation;
import com.steward.app.reviews.KeptRate;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.MeetingInput;
import com.steward.app.reviews.MeetingStatus;
import com.steward.app.reviews.MinutesInput;
import com.steward.app.reviews.OutcomeInput;
import com.steward.app.reviews.Promise;
import com.steward.app.reviews.PromiseInput;
import com.steward.app.reviews.ReviewKind;
import com.steward.app.reviews.Reviews;
import com.steward.app.reviews.Side;
import com.steward.app.security.Roles;
import com.steward.app.vendors.Vendor;
import com.steward.app.web.ConflictException;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.governance.PromiseOutcome;
import com.steward.core.governance.PromiseStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.ObjectMapper;

/**
 * Review pages: the vendors' review overview, a vendor's cadences, meetings, actions, promises and kept-rate chart, a
 * meeting with its agenda, minutes and attendees, an action with its history. Reading follows the vendor scope; the
 * forms follow {@link Reviews}' rules (a rejected form comes back with the reason, nothing half-written).
 */
@Controller
class ReviewsPageController {

    private static final String MANAGERS = Roles.MANAGERS;
    private static final String WRITERS = Roles.ANALYSTS;
    private static final String ACTION_UPDATERS = Roles.ANALYSTS_AND_VENDORS;

    /** Attendee rows on the minutes form beyond those recorded. */
    static final int SPARE_ATTENDEE_ROWS = 4;

    private final Reviews reviews;
    private final ObjectMapper json;

    ReviewsPageController(Reviews reviews, ObjectMapper json) {
        this.reviews = reviews;
        this.json = json;
    }

    /** One vendor's line on the overview. */
    record VendorSummary(
            Vendor vendor,
            int cadences,
            Meeting next,
            Meeting last,
            long openActions,
            long overdueActions,
            long overduePromises,
            KeptRate vendorRate) {}

    @GetMapping("/govern/reviews")
    String index(Model model) {
        List<VendorSummary> rows = new ArrayList<>();
        Instant now = Instant.now();
        for (Vendor v : reviews.vendors()) {
            List<Meeting> meetings = reviews.meetings(v.id());
            List<ActionItem> actions = reviews.openActions(v.id());
            List<Promise> promises = reviews.promises(v.id());
            KeptRate latest = reviews.keptRates(v.id()).stream()
                    .filter(r -> r.side() == Side.VENDOR && r.rate() != null)
                    .reduce((a, b) -> b)
                    .orElse(null);
            rows.add(new VendorSummary(
                    v,
                    reviews.cadences(v.id()).size(),
                    meetings.stream()
                            .filter(m -> m.status() == MeetingStatus.PLANNED
                                    && m.scheduledAt().isAfter(now))
                            .findFirst()
                            .orElse(null),
                    meetings.reversed().stream()
                            .filter(m -> m.status() == MeetingStatus.HELD)
                            .findFirst()
                            .orElse(null),
                    actions.size(),
                    actions.stream().filter(ActionItem::overdue).count(),
                    promises.stream()
                            .filter(p -> p.outcome() == PromiseOutcome.OVERDUE)
                            .count(),
                    latest));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("zone", reviews.zone());
        return "reviews/index";
    }

    @GetMapping("/govern/reviews/vendors/{vendorId}")
    String vendor(@PathVariable long vendorId, @RequestParam(required = false) ReviewKind kind, Model model) {
        Vendor vendor = reviews.vendor(vendorId);
        List<Meeting> meetings = reviews.meetings(vendorId).stream()
                .filter(m -> kind == null || m.kind() == kind)
                .toList();
        model.addAttribute("kind", kind);
        Instant now = Instant.now();
        model.addAttribute("vendor", vendor);
        model.addAttribute("cadences", reviews.cadences(vendorId));
        model.addAttribute(
                "upcoming",
                meetings.stream().filter(m -> !m.scheduledAt().isBefore(now)).toList());
        model.addAttribute(
                "past",
                meetings.stream()
                        .filter(m -> m.scheduledAt().isBefore(now))
                        .toList()
                        .reversed());
        model.addAttribute("actions", reviews.openActions(vendorId));
        model.addAttribute("kinds", ReviewKind.values());
        model.addAttribute("zone", reviews.zone());
        model.addAttribute("horizonWeeks", reviews.horizonWeeks());
        return "reviews/vendor";
    }

    @GetMapping("/govern/reviews/vendors/{vendorId}/actions")
    String actions(@PathVariable long vendorId, Model model) {
        model.addAttribute("vendor", reviews.vendor(vendorId));
        model.addAttribute("actions", reviews.actions(vendorId));
        model.addAttribute("meetings", reviews.meetings(vendorId));
        model.addAttribute("sides", Side.values());
        model.addAttribute("today", reviews.today());
        return "reviews/actions";
    }

    @GetMapping("/govern/reviews/vendors/{vendorId}/promises")
    String promises(@PathVariable long vendorId, Model model) {
        List<KeptRate> rates = reviews.keptRates(vendorId);
        model.addAttribute("vendor", reviews.vendor(vendorId));
        model.addAttribute("promises", reviews.promises(vendorId).reversed());
        model.addAttribute("rates", rates);
        model.addAttribute("meetings", reviews.meetings(vendorId));
        model.addAttribute("sides", Side.values());
        model.addAttribute("today", reviews.today());
        model.addAttribute("chartJson", json.writeValueAsString(chart(rates)));
        return "reviews/promises";
    }

    /** The kept-rate chart's data: quarters on the x axis, per side the rate and its interval in percent. */
    static Map<String, Object> chart(List<KeptRate> rates) {
        List<String> quarters =
                rates.stream().map(KeptRate::quarter).distinct().sorted().toList();
        Map<String, Object> sides = new LinkedHashMap<>();
        for (Side side : Side.values()) {
            List<Object> points = new ArrayList<>();
            for (String q : quarters) {
                KeptRate r = rates.stream()
                        .filter(x -> x.side() == side && x.quarter().equals(q))
                        .findFirst()
                        .orElse(null);
                if (r == null || r.rate() == null) {
                    points.add(null);
                } else {
                    points.add(List.of(100 * r.rate(), 100 * r.low(), 100 * r.high(), r.kept(), r.counted()));
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

    @GetMapping("/govern/reviews/meetings/{id}")
    String meeting(@PathVariable long id, Model model) {
        Meeting meeting = reviews.meeting(id);
        List<Attendee> rows = new ArrayList<>(meeting.attendees());
        for (int i = 0; i < SPARE_ATTENDEE_ROWS; i++) {
            rows.add(new Attendee("", i % 2 == 0 ? Side.CLIENT : Side.VENDOR, "", true));
        }
        model.addAttribute("meeting", meeting);
        model.addAttribute("attendeeRows", rows);
        model.addAttribute("sides", Side.values());
        model.addAttribute("zone", reviews.zone());
        model.addAttribute(
                "agendaText", meeting.agenda() == null ? null : meeting.agenda().asText());
        model.addAttribute(
                "actions",
                reviews.actions(meeting.vendorId()).stream()
                        .filter(a -> a.meetingId() != null && a.meetingId() == id)
                        .toList());
        model.addAttribute(
                "promises",
                reviews.promises(meeting.vendorId()).stream()
                        .filter(p -> p.meetingId() != null && p.meetingId() == id)
                        .toList());
        return "reviews/meeting";
    }

    @GetMapping("/govern/reviews/actions/{id}")
    String action(@PathVariable long id, Model model) {
        model.addAttribute("action", reviews.action(id));
        model.addAttribute("statuses", ActionStatus.values());
        return "reviews/action";
    }

    // --- forms

    @PostMapping("/govern/reviews/vendors/{vendorId}/cadences")
    @PreAuthorize(MANAGERS)
    String saveCadence(
            @PathVariable long vendorId,
            @RequestParam(required = false) ReviewKind kind,
            @RequestParam(required = false) String firstAt,
            @RequestParam(required = false) Integer durationMinutes,
            @RequestParam(required = false) String location,
            @RequestParam(required = false, defaultValue = "true") boolean active,
            RedirectAttributes redirect) {
        return attempt(redirect, "/govern/reviews/vendors/" + vendorId, () -> {
            var c = reviews.saveCadence(
                    new CadenceInput(vendorId, kind, dateTime(firstAt, "firstAt"), durationMinutes, location, active));
            return c.kind().title() + " cadence saved";
        });
    }

    @PostMapping("/govern/reviews/cadences/{id}/generate")
    @PreAuthorize(MANAGERS)
    String generate(@PathVariable long id, @RequestParam(required = false) Integer weeks, RedirectAttributes redirect) {
        var cadence = reviews.cadence(id);
        return attempt(redirect, "/govern/reviews/vendors/" + cadence.vendorId(), () -> {
            Generation g = reviews.generate(id, weeks);
            return g.createdMeetingIds().size() + " meeting(s) planned; " + g.alreadyPlanned()
                    + " already on the calendar";
        });
    }

    @PostMapping("/govern/reviews/vendors/{vendorId}/meetings")
    @PreAuthorize(MANAGERS)
    String createMeeting(
            @PathVariable long vendorId,
            @RequestParam(required = false) ReviewKind kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String scheduledAt,
            @RequestParam(required = false) Integer durationMinutes,
            @RequestParam(required = false) String location,
            RedirectAttributes redirect) {
        reviews.vendor(vendorId);
        String[] created = new String[1];
        String back = attempt(redirect, "/govern/reviews/vendors/" + vendorId, () -> {
            Meeting m = reviews.createMeeting(new MeetingInput(
                    vendorId, kind, title, dateTime(scheduledAt, "scheduledAt"), durationMinutes, location));
            created[0] = "redirect:/govern/reviews/meetings/" + m.id();
            return m.title() + " planned with its agenda";
        });
        return created[0] != null ? created[0] : back;
    }

    @PostMapping("/govern/reviews/meetings/{id}/agenda")
    @PreAuthorize(MANAGERS)
    String regenerate(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(redirect, "/govern/reviews/meetings/" + id, () -> {
            reviews.regenerateAgenda(id);
            return "Agenda filled again from the current data";
        });
    }

    @PostMapping("/govern/reviews/meetings/{id}/minutes")
    @PreAuthorize(WRITERS)
    String minutes(
            @PathVariable long id,
            @RequestParam(required = false) String minutes,
            @RequestParam(required = false) String nextSteps,
            @RequestParam(required = false) List<String> attendeeName,
            @RequestParam(required = false) List<String> attendeeSide,
            @RequestParam(required = false) List<String> attendeeTitle,
            @RequestParam(required = false) List<String> attendeePresent,
            RedirectAttributes redirect) {
        return attempt(redirect, "/govern/reviews/meetings/" + id, () -> {
            List<Attendee> attendees = new ArrayList<>();
            int rows = attendeeName == null ? 0 : attendeeName.size();
            for (int i = 0; i < rows; i++) {
                String name = at(attendeeName, i);
                if (name.isBlank()) {
                    continue;
                }
                Side side;
                try {
                    side = Side.valueOf(at(attendeeSide, i));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequestException("attendeeSide", "choose CLIENT or VENDOR for " + name);
                }
                boolean present = attendeePresent != null && attendeePresent.contains(Integer.toString(i));
                attendees.add(new Attendee(name, side, at(attendeeTitle, i), present));
            }
            reviews.recordMinutes(id, new MinutesInput(minutes, nextSteps, attendees));
            return "Minutes and attendees saved";
        });
    }

    @PostMapping("/govern/reviews/meetings/{id}/held")
    @PreAuthorize(MANAGERS)
    String held(@PathVariable long id, RedirectAttributes redirect) {
        return attempt(redirect, "/govern/reviews/meetings/" + id, () -> {
            reviews.markHeld(id, null);
            return "Marked held";
        });
    }

    @PostMapping("/govern/reviews/meetings/{id}/cancel")
    @PreAuthorize(MANAGERS)
    String cancel(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return attempt(redirect, "/govern/reviews/meetings/" + id, () -> {
            reviews.cancel(id, reason);
            return "Meeting cancelled; calendars show it as cancelled";
        });
    }

    @PostMapping("/govern/reviews/vendors/{vendorId}/actions")
    @PreAuthorize(WRITERS)
    String createAction(
            @PathVariable long vendorId,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String ownerName,
            @RequestParam(required = false) Side ownerSide,
            @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) Long meetingId,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        reviews.vendor(vendorId);
        return attempt(redirect, "/govern/reviews/vendors/" + vendorId + "/actions", () -> {
            ActionItem a = reviews.createAction(
                    new ActionInput(vendorId, meetingId, title, ownerName, ownerSide, date(dueDate, "dueDate"), note));
            return "Action “" + a.title() + "” added";
        });
    }

    @PostMapping("/govern/reviews/actions/{id}/updates")
    @PreAuthorize(ACTION_UPDATERS)
    String updateAction(
            @PathVariable long id,
            @RequestParam(required = false) ActionStatus status,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        reviews.action(id);
        return attempt(redirect, "/govern/reviews/actions/" + id, () -> {
            ActionItem a = reviews.updateAction(id, new ActionUpdateInput(status, note));
            return "Action updated: " + a.status();
        });
    }

    @PostMapping("/govern/reviews/vendors/{vendorId}/promises")
    @PreAuthorize(WRITERS)
    String createPromise(
            @PathVariable long vendorId,
            @RequestParam(required = false) String what,
            @RequestParam(required = false) String promisedBy,
            @RequestParam(required = false) Side side,
            @RequestParam(required = false) String madeOn,
            @RequestParam(required = false) String dueDate,
            @RequestParam(required = false) Long meetingId,
            RedirectAttributes redirect) {
        reviews.vendor(vendorId);
        return attempt(redirect, "/govern/reviews/vendors/" + vendorId + "/promises", () -> {
            Promise p = reviews.createPromise(new PromiseInput(
                    vendorId, meetingId, what, promisedBy, side, date(madeOn, "madeOn"), date(dueDate, "dueDate")));
            return "Promise by " + p.promisedBy() + " tracked, due " + p.dueDate();
        });
    }

    @PostMapping("/govern/reviews/promises/{id}/reports")
    @PreAuthorize(ACTION_UPDATERS)
    String reportOnPromise(
            @PathVariable long id, @RequestParam(required = false) String report, RedirectAttributes redirect) {
        Promise p = reviews.promise(id);
        return attempt(redirect, "/govern/reviews/vendors/" + p.vendorId() + "/promises", () -> {
            Promise after = reviews.reportOnPromise(id, report);
            return "Progress reported on “" + shorten(after.what()) + "”";
        });
    }

    @PostMapping("/govern/reviews/promises/{id}/outcome")
    @PreAuthorize(MANAGERS)
    String outcome(
            @PathVariable long id,
            @RequestParam(required = false) PromiseStatus status,
            @RequestParam(required = false) String keptOn,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        Promise p = reviews.promise(id);
        return attempt(redirect, "/govern/reviews/vendors/" + p.vendorId() + "/promises", () -> {
            Promise after = reviews.recordOutcome(
                    id, new OutcomeInput(status, status == PromiseStatus.KEPT ? date(keptOn, "keptOn") : null, note));
            return "Promise “" + shorten(after.what()) + "”: " + after.outcome();
        });
    }

    // --- helpers

    /** Runs a change; a broken rule comes back to the page as an error message, a success as a notice. */
    private static String attempt(RedirectAttributes redirect, String back, java.util.function.Supplier<String> work) {
        try {
            redirect.addFlashAttribute("notice", work.get());
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + back;
    }

    private static LocalDateTime dateTime(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " is not a date and time like 2026-01-05T10:00");
        }
    }

    private static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, field + " is not a date like 2026-01-05");
        }
    }

    private static String at(List<String> values, int i) {
        return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i);
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "…";
    }
}
