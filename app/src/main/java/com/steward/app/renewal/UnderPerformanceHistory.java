package com.steward.app.renewal;

import com.steward.core.renewal.UnderPerformanceRuns;
import java.util.List;

/**
 * A contract's scorecard history seen for chronic under-performance: the one figure of every month (the published
 * scorecard run, else the result recorded by hand) against the threshold, the standing the contract's rules gave it
 * (the one standing rule), and the runs of periods below threshold.
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
        int periodsBelow) {

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
     * @param source {@code PUBLISHED_RUN} or {@code RECORDED_BY_HAND}
     * @param version the published run's version, null for a month recorded by hand
     * @param insufficientData why the month has no score, empty when it has one
     */
    public record PeriodLine(
            String period,
            Double score,
            int breaches,
            String standing,
            boolean below,
            int consecutiveBelow,
            boolean chronic,
            List<String> chronicMetrics,
            String source,
            Integer version,
            List<String> insufficientData) {

        /** True for a month whose figure was recorded by hand (no published run). */
        public boolean recordedByHand() {
            return "RECORDED_BY_HAND".equals(source);
        }
    }

    /** The run still going on at the latest period, if any. */
    public UnderPerformanceRuns.Run ongoingRun() {
        return runs.isEmpty() || !runs.getLast().ongoing() ? null : runs.getLast();
    }
}
