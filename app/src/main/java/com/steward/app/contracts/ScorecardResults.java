package com.steward.app.contracts;

import java.util.List;

/**
 * Attainment, credits and standings of every recorded month. Money fields are null for VENDOR
 * users.
 *
 * @param contractId the contract
 * @param periods oldest first
 * @param standing the standing after the latest period (GREEN without results)
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

    /**
     * One month.
     *
     * @param period {@code yyyy-MM}
     * @param metrics per-metric results
     * @param score overall score 0–100, null when nothing was measured
     * @param coverage share of the weight measured
     * @param breaches metrics worse than their threshold
     * @param creditPercent credit in % of the invoice
     * @param invoice the invoice the credit applies to (money)
     * @param credit credit (money)
     * @param earnedBack earned back this month (money)
     * @param outstanding credit outstanding after this month (money)
     * @param standing standing after this month
     * @param chronic chronic under-performance after this month
     * @param chronicMetrics metrics breached in each of the last chronic-after periods
     */
    public record Period(
            String period,
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
            boolean chronic,
            List<String> chronicMetrics) {}

    /** One metric in one month. */
    public record MetricResult(String metricId, double measured, double attainment, boolean breached) {}
}
