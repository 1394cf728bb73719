package com.steward.app.reviews;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
        Long meetingId,
        String title,
        String ownerName,
        Side ownerSide,
        LocalDate dueDate,
        ActionStatus status,
        LocalDate doneOn,
        boolean overdue,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        List<ActionUpdate> updates) {

    public ActionItem {
        updates = List.copyOf(updates);
    }
}
