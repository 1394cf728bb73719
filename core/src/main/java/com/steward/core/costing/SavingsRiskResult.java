package com.steward.core.costing;

import java.util.List;

/**
 * Distribution of the savings of one vendor option (savings fraction vs in-house over the term).
 *
 * @param offerName the option simulated
 * @param trials number of trials
 * @param savingsTarget target savings fraction (0.15 = 15 %)
 * @param probabilityOfReachingTarget share of trials with savings ≥ target
 * @param mean mean savings fraction
 * @param p10 10th percentile of the savings fraction
 * @param p50 median
 * @param p90 90th percentile
 * @param tornado one bar per uncertain (non-fixed) input, largest swing first
 */
public record SavingsRiskResult(
        String offerName,
        int trials,
        double savingsTarget,
        double probabilityOfReachingTarget,
        double mean,
        double p10,
        double p50,
        double p90,
        List<TornadoBar> tornado) {

    public SavingsRiskResult {
        tornado = List.copyOf(tornado);
    }

    /**
     * Sensitivity of savings to one input, the others held at their base values.
     *
     * @param input input name
     * @param lowValue the input's 10th percentile
     * @param highValue the input's 90th percentile
     * @param savingsAtLow savings fraction with the input at {@code lowValue}
     * @param savingsAtHigh savings fraction with the input at {@code highValue}
     * @param swing |savingsAtHigh − savingsAtLow|
     */
    public record TornadoBar(
            String input, double lowValue, double highValue, double savingsAtLow, double savingsAtHigh, double swing) {}
}
