package com.steward.app.calibration;

/**
 * Between-vendor against within-vendor variance of the vendor graders' scores, each centred on the interaction's
 * mean score (so what the interaction deserves cancels and only how graders score remains).
 */
public record VarianceRow(
        int vendors,
        double f,
        double pValue,
        double etaSquared,
        double varianceBetween,
        double varianceWithin,
        boolean betweenExceedsWithin) {}
