package com.steward.app.reviews;

import com.steward.app.vendors.Vendor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The reviews module's face to other modules (home, review packs, the demo): the reviews' zone and today, the vendors
 * whose reviews the caller may see, and the reads and plans those modules use, each handed to the service that does it. The work is done by the module's
 * services, which the review pages and API call directly: {@link ReviewCadences}, {@link ReviewMeetings} (with
 * {@link ReviewCalendars}), {@link ReviewActions} and {@link ReviewPromises}. Every read is limited to the caller's
 * vendor scope (a VENDOR user sees its own vendor's cadences, meetings, actions and promises; another vendor's record
 * answers 404); who may change what is on each service's methods ({@code @PreAuthorize}), and every change is written
 * to the audit log. Times are kept as instants; wall times are read and shown in the reviews' zone
 * ({@code steward.reviews.zone}, default Europe/Berlin).
 */
@Service
public class Reviews {

    private final ReviewContext context;
    private final ReviewMeetings meetings;
    private final ReviewActions actions;
    private final ReviewPromises promises;

    Reviews(ReviewContext context, ReviewMeetings meetings, ReviewActions actions, ReviewPromises promises) {
        this.context = context;
        this.meetings = meetings;
        this.actions = actions;
        this.promises = promises;
    }

    /** The zone whose wall time cadences keep and pages show. */
    public ZoneId zone() {
        return context.zone();
    }

    /** Today in the reviews' zone. */
    public LocalDate today() {
        return context.today();
    }

    /** Weeks ahead that {@link ReviewCadences#generate(long, Integer)} plans by default. */
    public int horizonWeeks() {
        return context.horizonWeeks();
    }

    /** Vendors whose reviews the caller may see (not in-house). */
    public List<Vendor> vendors() {
        return context.vendors();
    }

    /** The vendor if visible (404 otherwise). */
    public Vendor vendor(long vendorId) {
        return context.vendor(vendorId);
    }

    /** The vendor's meetings, oldest first ({@link ReviewMeetings#meetings(long)}). */
    public List<Meeting> meetings(long vendorId) {
        return meetings.meetings(vendorId);
    }

    /** The vendor's meetings on days in {@code [from, to]} ({@link ReviewMeetings#meetingsBetween}). */
    public List<Meeting> meetingsBetween(long vendorId, @Nullable LocalDate from, @Nullable LocalDate to) {
        return meetings.meetingsBetween(vendorId, from, to);
    }

    /** Plans a one-off meeting ({@link ReviewMeetings#createMeeting}). */
    public Meeting createMeeting(MeetingInput input) {
        return meetings.createMeeting(input);
    }

    /** Calls a meeting off ({@link ReviewMeetings#cancel}). */
    public Meeting cancel(long meetingId, @Nullable String reason) {
        return meetings.cancel(meetingId, reason);
    }

    /** Open and in-progress actions of the vendor ({@link ReviewActions#openActions}). */
    public List<ActionItem> openActions(long vendorId) {
        return actions.openActions(vendorId);
    }

    /** Adds an action item ({@link ReviewActions#createAction}). */
    public ActionItem createAction(ActionInput input) {
        return actions.createAction(input);
    }

    /** The vendor's promises with their outcome as of today ({@link ReviewPromises#promises}). */
    public List<Promise> promises(long vendorId) {
        return promises.promises(vendorId);
    }

    /** One promise ({@link ReviewPromises#promise}). */
    public Promise promise(long promiseId) {
        return promises.promise(promiseId);
    }

    /** The vendor's promises due in {@code [from, to]} ({@link ReviewPromises#promisesDueBetween}). */
    public List<Promise> promisesDueBetween(long vendorId, LocalDate from, LocalDate to) {
        return promises.promisesDueBetween(vendorId, from, to);
    }

    /** Tracks a promise ({@link ReviewPromises#createPromise}). */
    public Promise createPromise(PromiseInput input) {
        return promises.createPromise(input);
    }

    /** The promises-kept rate per side and quarter ({@link ReviewPromises#keptRates}). */
    public List<KeptRate> keptRates(long vendorId) {
        return promises.keptRates(vendorId);
    }
}
