package com.steward.app.reviews;

import java.time.LocalDate;

/** A new action item. */
public record ActionInput(
        long vendorId,
        Long meetingId,
        String title,
        String ownerName,
        Side ownerSide,
        LocalDate dueDate,
        String note) {}
