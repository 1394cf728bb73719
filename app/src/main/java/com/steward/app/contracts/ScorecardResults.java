package com.steward.app.contracts;

import java.util.List;
import java.util.Optional;

/**
 * One figure per month of a contract, from {@link ContractMonths}: the published scorecard run where there is one,
 * else the result recorded by hand, with attainment, credits and the standing under the contract's rules. Money
 * fields are null for VENDOR users.
 *
 * @param contractId the contract
 * @param periods oldest first
 * @param standing the standing after the latest scored month; null when there is none (a DRAFT contract, or no month
 *     scored yet)
 * @param chronic chronic under-performance after the latest period
 * @param totalCredited credits over all periods (money), null for VENDOR users
 * @param totalEarnedBack earned back over all periods (money), null for VENDOR users
 * @param outstanding credits not earned back (money), null for VENDOR users
 */
public record ScorecardResults(
        long contractId,
        List<Period> periods,
        String standing,
        boolean chronic,
        Double totalCredited,
        Double totalEarnedBack,
        Double outstanding) {

    /** Where a month's figure comes from. */
    public enum Source {
        /** The published scorecard run computed from the lake. */
        PUBLISHED_RUN,
        /** Values typed in (or imported from CSV) for a month without a published run. */
        RECORDED_BY_HAND
    }

    /** The month's figure, if the contract has one for {@code period} ({@code yyyy-MM}). */
    public Optional<Period> period(String period) {
        return periods.stream().filter(p -> p.period().equals(period)).findFirst();
    }

    /**
     * One month.
     *
     * @param period {@code yyyy-MM}
     * @param source the published run or a result recorded by hand
     * @param runId the published run, null for a month recorded by hand
     * @param version the run's published version, null for a month recorded by hand
     * @param insufficientData why the month has no score (outside the term, samples below minimum, values not
     *     reported); empty when it is scored
     * @param overrideReason why a run with insufficient data was published anyway (it is then scored), else null
     * @param metrics per-metric results
     * @param score overall score 0–100, null when nothing was scored
     * @param coverage share of the weight measured
     * @param breaches metrics worse than their threshold
     * @param creditPercent credit in % of the invoice (0 without a score)
     * @param invoice the invoice the credit applies to (money)
     * @param credit credit (money)
     * @param earnedBack earned back this month (money)
     * @param outstanding credit outstanding after this month (money)
     * @param standing standing after this month; null when the month has no score or the contract is a DRAFT
     * @param below the month was scored below threshold (score below the threshold score or a metric breached)
     * @param chronic chronic under-performance after this month
     * @param chronicMetrics metrics breached in each of the last chronic-after periods
     */
    public record Period(
            String period,
            Source source,
            Long runId,
            Integer version,
            List<String> insufficientData,
            String overrideReason,
            List<MetricResult> metrics,
            Double score,
            double coverage,
            int breaches,
            double creditPercent,
            Double invoice,
            Double credit,
            Double earnedBack,
            Double outstanding,
            String standing,
            boolean below,
            boolean chronic,
            List<String> chronicMetrics) {

        /** True when the month came from a result recorded by hand (shown as "recorded by hand"). */
        public boolean recordedByHand() {
            return source == Source.RECORDED_BY_HAND;
        }

        /** True when the month has no score for want of data. */
        public boolean insufficient() {
            return score == null && !insufficientData.isEmpty();
        }
    }

    /**
     * One metric in one month.
     *
     * @param measured the value, null when not reported
     * @param attainment 0–100, null when the metric was not scored (insufficient sample or not reported)
     * @param insufficient the metric's sample was below its minimum or it was not reported
     */
    public record MetricResult(
            String metricId, Double measured, Double attainment, boolean breached, boolean insufficient) {}
}
