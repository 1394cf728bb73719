package com.steward.app.relationship;

import org.jspecify.annotations.Nullable;

/**
 * One row of the relationship overview: a vendor's latest published monthly scorecard beside its latest health.
 *
 * @param scorecardScore the overall score 0–100 of the newest published monthly scorecard run, null without one
 * @param scorecardPeriod its month ({@code yyyy-MM})
 * @param scorecardRunId its run, for a link
 * @param latest the newest quarter with a health index, null when none
 * @param previous the quarter before {@code latest} with an index, for the direction of change
 */
public record VendorHealth(
        long vendorId,
        String vendorCode,
        String vendorName,
        @Nullable Double scorecardScore,
        @Nullable String scorecardPeriod,
        @Nullable Long scorecardRunId,
        @Nullable QuarterHealth latest,
        @Nullable QuarterHealth previous) {}
