package com.steward.app.reviews.web;

import com.steward.app.reviews.ActionInput;
import com.steward.app.reviews.ActionItem;
import com.steward.app.reviews.ActionUpdateInput;
import com.steward.app.reviews.Cadence;
import com.steward.app.reviews.CadenceInput;
import com.steward.app.reviews.Generation;
import com.steward.app.reviews.KeptRate;
import com.steward.app.reviews.Meeting;
import com.steward.app.reviews.MeetingInput;
import com.steward.app.reviews.MinutesInput;
import com.steward.app.reviews.OutcomeInput;
import com.steward.app.reviews.Promise;
import com.steward.app.reviews.PromiseInput;
import com.steward.app.reviews.ReviewActions;
import com.steward.app.reviews.ReviewCadences;
import com.steward.app.reviews.ReviewCalendars;
import com.steward.app.reviews.ReviewMeetings;
import com.steward.app.reviews.ReviewPromises;
import com.steward.app.security.Roles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews over REST: cadences, meetings (with agenda, minutes, attendees), iCalendar feeds, action items and promises
 * with the kept rate. Every signed-in role reads within its vendor scope (another vendor's record: 404 for a VENDOR
 * user); who may change what is on the services ({@link ReviewCadences}, {@link ReviewMeetings},
 * {@link ReviewActions}, {@link ReviewPromises}).
 */
@RestController
@RequestMapping("/api/v1/reviews")
@Tag(name = "Reviews", description = "Review cadences and meetings, action items, promises and the kept rate")
class ReviewsApiController {

    static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private final ReviewCadences cadences;
    private final ReviewMeetings meetings;
    private final ReviewCalendars calendars;
    private final ReviewActions actions;
    private final ReviewPromises promises;

    ReviewsApiController(
            ReviewCadences cadences,
            ReviewMeetings meetings,
            ReviewCalendars calendars,
            ReviewActions actions,
            ReviewPromises promises) {
        this.cadences = cadences;
        this.meetings = meetings;
        this.calendars = calendars;
        this.actions = actions;
        this.promises = promises;
    }

    // --- cadences

    @GetMapping("/vendors/{vendorId}/cadences")
    @Operation(summary = "The vendor's review cadences")
    List<Cadence> cadences(@PathVariable long vendorId) {
        return cadences.cadences(vendorId);
    }

    @PostMapping("/cadences")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(
            summary = "Create or change the vendor's cadence of a kind",
            description = "firstAt is the first meeting's wall time in the reviews' zone, e.g. 2026-01-05T10:00; "
                    + "every occurrence keeps that local time across daylight-saving changes.")
    Cadence saveCadence(@RequestBody CadenceInput input) {
        return cadences.saveCadence(input);
    }

    @PostMapping("/cadences/{id}/generate")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Plan the cadence's meetings up to N weeks ahead (idempotent: never twice)")
    Generation generate(@PathVariable long id, @RequestParam(required = false) Integer weeks) {
        return cadences.generate(id, weeks);
    }

    // --- meetings

    @GetMapping("/vendors/{vendorId}/meetings")
    @Operation(summary = "The vendor's meetings, oldest first; optional from/to days (inclusive)")
    List<Meeting> meetings(
            @PathVariable long vendorId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return meetings.meetingsBetween(vendorId, from, to);
    }

    @PostMapping("/meetings")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Plan a one-off meeting; its agenda is pre-filled from the data")
    ResponseEntity<Meeting> createMeeting(@RequestBody MeetingInput input) {
        Meeting created = meetings.createMeeting(input);
        return ResponseEntity.created(URI.create("/api/v1/reviews/meetings/" + created.id()))
                .body(created);
    }

    @GetMapping("/meetings/{id}")
    @Operation(summary = "One meeting with agenda, minutes and attendees (404 when absent or another vendor's)")
    Meeting meeting(@PathVariable long id) {
        return meetings.meeting(id);
    }

    @PostMapping("/meetings/{id}/agenda")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Pre-fill the agenda again from the current data")
    Meeting regenerateAgenda(@PathVariable long id) {
        return meetings.regenerateAgenda(id);
    }

    @PutMapping("/meetings/{id}/minutes")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Record minutes, next steps and attendees (replaces what was recorded)")
    Meeting minutes(@PathVariable long id, @RequestBody MinutesInput input) {
        return meetings.recordMinutes(id, input);
    }

    /** When a meeting was held; empty for its scheduled start. */
    record HeldInput(Instant heldAt) {}

    @PostMapping("/meetings/{id}/held")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Mark the meeting held (at its scheduled start unless heldAt is given)")
    Meeting held(@PathVariable long id, @RequestBody(required = false) HeldInput input) {
        return meetings.markHeld(id, input == null ? null : input.heldAt());
    }

    /** Why a meeting is called off. */
    record CancelInput(String reason) {}

    @PostMapping("/meetings/{id}/cancellation")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Cancel a planned meeting; its calendar entry becomes CANCELLED")
    Meeting cancel(@PathVariable long id, @RequestBody(required = false) CancelInput input) {
        return meetings.cancel(id, input == null ? null : input.reason());
    }

    // --- calendars

    @GetMapping("/vendors/{vendorId}/calendar.ics")
    @Operation(summary = "iCalendar (RFC 5545) feed of the vendor's meetings")
    ResponseEntity<String> vendorCalendar(@PathVariable long vendorId) {
        return calendar(calendars.vendorCalendar(vendorId), "reviews-vendor-" + vendorId + ".ics");
    }

    @GetMapping("/meetings/{id}/calendar.ics")
    @Operation(summary = "One meeting as an iCalendar (RFC 5545) file")
    ResponseEntity<String> meetingCalendar(@PathVariable long id) {
        return calendar(calendars.meetingCalendar(id), "review-meeting-" + id + ".ics");
    }

    private static ResponseEntity<String> calendar(String body, String filename) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }

    // --- actions

    @GetMapping("/vendors/{vendorId}/actions")
    @Operation(summary = "The vendor's action items by due date, with the overdue flag")
    List<ActionItem> actions(@PathVariable long vendorId) {
        return actions.actions(vendorId);
    }

    @PostMapping("/actions")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Create an action item")
    ResponseEntity<ActionItem> createAction(@RequestBody ActionInput input) {
        ActionItem created = actions.createAction(input);
        return ResponseEntity.created(URI.create("/api/v1/reviews/actions/" + created.id()))
                .body(created);
    }

    @GetMapping("/actions/{id}")
    @Operation(summary = "One action item with its update history")
    ActionItem action(@PathVariable long id) {
        return actions.action(id);
    }

    @PostMapping("/actions/{id}/updates")
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    @Operation(
            summary = "Change an action's status and/or add a note",
            description = "A VENDOR user may update its own vendor's VENDOR-side actions only (client-side: 403; "
                    + "another vendor's: 404).")
    ActionItem updateAction(@PathVariable long id, @RequestBody ActionUpdateInput input) {
        return actions.updateAction(id, input);
    }

    // --- promises

    @GetMapping("/vendors/{vendorId}/promises")
    @Operation(summary = "The vendor's promises with their outcome as of today")
    List<Promise> promises(@PathVariable long vendorId) {
        return promises.promises(vendorId);
    }

    @PostMapping("/promises")
    @PreAuthorize(Roles.ANALYSTS)
    @Operation(summary = "Track a promise made in a review")
    ResponseEntity<Promise> createPromise(@RequestBody PromiseInput input) {
        Promise created = promises.createPromise(input);
        return ResponseEntity.created(URI.create("/api/v1/reviews/promises/" + created.id()))
                .body(created);
    }

    @GetMapping("/promises/{id}")
    @Operation(summary = "One promise with its outcome")
    Promise promise(@PathVariable long id) {
        return promises.promise(id);
    }

    @PostMapping("/promises/{id}/outcome")
    @PreAuthorize(Roles.MANAGERS)
    @Operation(summary = "Record KEPT (with keptOn), BROKEN, or OPEN again")
    Promise outcome(@PathVariable long id, @RequestBody OutcomeInput input) {
        return promises.recordOutcome(id, input);
    }

    @PostMapping("/promises/{id}/reports")
    @PreAuthorize(Roles.ANALYSTS_AND_VENDORS)
    @Operation(summary = "Add a progress report to a promise (a VENDOR user: its own side's promises)")
    Promise report(@PathVariable long id, @RequestBody PromiseReport input) {
        return promises.reportOnPromise(id, input.report());
    }

    /** A progress report on a promise. */
    record PromiseReport(@Nullable String report) {}

    @GetMapping("/vendors/{vendorId}/kept-rates")
    @Operation(
            summary = "Promises-kept rate per side and quarter with 95% Wilson intervals",
            description = "kept on time ÷ promises due in the quarter that are resolved or overdue")
    List<KeptRate> keptRates(@PathVariable long vendorId) {
        return promises.keptRates(vendorId);
    }
}
