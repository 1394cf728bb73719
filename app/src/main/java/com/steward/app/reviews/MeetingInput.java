package com.steward.app.reviews;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A one-off meeting to plan.
 *
 * @param scheduledAt wall time in the reviews' zone
 * @param title null for the kind's title
 * @param durationMinutes null for the kind's default
 */
public record MeetingInput(
        long vendorId,
        @Nullable ReviewKind kind,
        @Nullable String title,
        @Nullable LocalDateTime scheduledAt,
        @Nullable Integer durationMinutes,
        @Nullable String location) {}
