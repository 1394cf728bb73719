package com.steward.app.reviews;

import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A vendor's recurring review: its kind, the first occurrence (an instant, and its wall time in the reviews' zone, which
 * every occurrence keeps), length and place.
 */
public record Cadence(
        long id,
        long vendorId,
        String vendorName,
        ReviewKind kind,
        Instant firstAt,
        LocalDateTime firstLocal,
        String zone,
        int durationMinutes,
        @Nullable String location,
        boolean active,
        String createdBy,
        Instant createdAt) {}
