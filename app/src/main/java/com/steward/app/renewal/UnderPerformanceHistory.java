package com.steward.app.renewal;

import com.steward.core.renewal.UnderPerformanceRuns;
import java.util.List;

/**
 * A contract's scorecard history seen for chronic under-performance: the score of every period against the threshold,
 * the standing the contract's rules gave it, and the runs of periods below threshold.
 *
 * @param contractId the contract
 * @param contractName its name
 * @param vendorId its vendor
 * @param vendorName the vendor's name
 * @param thresholdScore overall score below which a period is below threshold
 * @param remediationAfter consecutive periods below threshold that call for remediation
 * @param chronicAfter consecutive periods below threshold that are chronic
 * @param standing the standing after the latest period
 * @param chronic chronic under-performance after the latest period
 * @param periods oldest first
 * @param runs runs of consecutive periods below threshold, oldest first
 * @param periodsBelow periods below threshold in all
 * @param published the contract's published monthly scorecard runs computed from the lake (current versions),
 *     oldest first: the same scorecard measured from raw interactions, beside the recorded results
 */
public record UnderPerformanceHistory(
        long contractId,
        String contractName,
        long vendorId,
        String vendorName,
        double thresholdScore,
        int remediationAfter,
        int chronicAfter,
        String standing,
        boolean chronic,
        List<PeriodLine> periods,
        List<UnderPerformanceRuns.Run> runs,
        int periodsBelow,
        List<PublishedRun> published) {

    /**
     * One published monthly scorecard run from the lake.
     *
     * @param period {@code yyyy-MM}
     * @param version published version (restatements count up)
     * @param score overall score, null when nothing was measured
     * @param standing standing after the month over the published months
     */
    public record PublishedRun(String period, int version, Double score, String standing) {}

    /**
     * One period.
     *
     * @param period {@code yyyy-MM}
     * @param score overall score, null when nothing was measured
     * @param breaches metrics worse than their threshold
     * @param standing standing after the period
     * @param below below threshold
     * @param consecutiveBelow length of the run ending here
     * @param chronic chronic after the period
     * @param chronicMetrics metrics breached in each of the last chronic-after periods
     */
    public record PeriodLine(
            String period,
            Double score,
            int breaches,
            String standing,
            boolean below,
            int consecutiveBelow,
            boolean chronic,
            List<String> chronicMetrics) {}

    /** The run still going on at the latest period, if any. */
    public UnderPerformanceRuns.Run ongoingRun() {
        return runs.isEmpty() || !runs.getLast().ongoing() ? null : runs.getLast();
    }
}
