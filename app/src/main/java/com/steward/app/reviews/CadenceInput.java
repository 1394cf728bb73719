package com.steward.app.reviews;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A cadence to create, or to change when the vendor already has one of this kind.
 *
 * @param firstAt the first occurrence's wall time in the reviews' zone ({@code steward.reviews.zone})
 * @param durationMinutes null for the kind's default
 */
public record CadenceInput(
        long vendorId,
        @Nullable ReviewKind kind,
        @Nullable LocalDateTime firstAt,
        @Nullable Integer durationMinutes,
        @Nullable String location,
        @Nullable Boolean active) {}
