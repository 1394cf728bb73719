package com.steward.app.reviews;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new action item. */
public record ActionInput(
        long vendorId,
        @Nullable Long meetingId,
        @Nullable String title,
        @Nullable String ownerName,
        @Nullable Side ownerSide,
        @Nullable LocalDate dueDate,
        @Nullable String note) {}
