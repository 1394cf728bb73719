package com.steward.app.reviews;

import java.time.LocalDateTime;

/**
 * A one-off meeting to plan.
 *
 * @param scheduledAt wall time in the reviews' zone
 * @param title null for the kind's title
 * @param durationMinutes null for the kind's default
 */
public record MeetingInput(
        long vendorId,
        ReviewKind kind,
        String title,
        LocalDateTime scheduledAt,
        Integer durationMinutes,
        String location) {}
