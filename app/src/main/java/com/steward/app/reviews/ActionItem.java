package com.steward.app.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action item agreed with a vendor.
 *
 * @param meetingId the meeting it came from, if any
 * @param overdue open or in progress past its due date (as of today in the reviews' zone)
 * @param updates its history of status changes and notes, oldest first
 */
public record ActionItem(
        long id,
        long vendorId,
        String vendorName,
        @Nullable Long meetingId,
        String title,
        String ownerName,
        Side ownerSide,
        LocalDate dueDate,
        ActionStatus status,
        @Nullable LocalDate doneOn,
        boolean overdue,
        String createdBy,
        Instant createdAt,
        @Nullable String updatedBy,
        Instant updatedAt,
        List<ActionUpdate> updates) {

    public ActionItem {
        updates = List.copyOf(updates);
    }
}
