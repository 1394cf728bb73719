package com.steward.app.reviews;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A review meeting with its agenda snapshot, minutes and attendees.
 *
 * @param cadenceId the cadence it was generated from, null for a one-off meeting
 * @param agenda the agenda as pre-filled when created or last regenerated; null before the first fill
 * @param nextSteps agreed next steps, carried into the next meeting's agenda
 * @param sequence the iCalendar SEQUENCE: raised when time, place or status change
 */
public record Meeting(
        long id,
        long vendorId,
        String vendorCode,
        String vendorName,
        @Nullable Long cadenceId,
        ReviewKind kind,
        String title,
        Instant scheduledAt,
        int durationMinutes,
        @Nullable String location,
        MeetingStatus status,
        @Nullable Instant heldAt,
        @Nullable Agenda agenda,
        @Nullable String minutes,
        @Nullable String nextSteps,
        @Nullable String cancelReason,
        int sequence,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        List<Attendee> attendees) {

    public Meeting {
        attendees = List.copyOf(attendees);
    }

    public Instant endsAt() {
        return scheduledAt.plusSeconds(60L * durationMinutes);
    }
}
