package com.steward.app.scorecards;

import java.time.Instant;
import java.util.List;

/**
 * A vendor's self-reported KPIs for a month checked against the raw interactions.
 *
 * @param lines one per reported metric
 * @param discrepancies lines whose reported value lies outside the recomputed interval (or differs, without one)
 */
public record Verification(
        long id,
        long contractId,
        long vendorId,
        String period,
        long lakeGeneration,
        List<Line> lines,
        int discrepancies,
        String submittedBy,
        Instant submittedAt) {

    public Verification {
        lines = List.copyOf(lines);
    }

    /**
     * One metric.
     *
     * @param reported what the vendor reported
     * @param recomputed what Steward computes from the raw interactions (null when there is no data)
     * @param difference reported − recomputed
     * @param outsideInterval the reported value lies outside the recomputed 95 % interval (or, for a metric without
     *     an interval, differs by more than 1e-6 relative)
     */
    public record Line(
            String metricId,
            String displayName,
            double reported,
            Double recomputed,
            Double difference,
            Double low,
            Double high,
            Long sampleSize,
            boolean outsideInterval) {}
}
