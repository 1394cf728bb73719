package com.steward.app.rollout;

/**
 * One gate judged on the lake.
 *
 * @param vendor the vendor's value in the phase's segments and dates (display units)
 * @param baseline in-house in the same segments and dates ({@code null} for absolute gates)
 * @param tested the quantity compared with the threshold — vendor − in-house, or the vendor's value — with its 95%
 *     interval, display units
 * @param method e.g. {@code Newcombe hybrid score} or {@code Welch t (ν = 812.3)}
 * @param neededPerGroup observations per group needed to decide (when NOT_ENOUGH_DATA), else {@code null}
 * @param neededContacts the same translated into contacts at the current ratio of observations to contacts
 */
public record GateEvaluation(
        Gate gate,
        String description,
        Verdict verdict,
        MetricSample vendor,
        MetricSample baseline,
        Estimate tested,
        String method,
        Long neededPerGroup,
        Long neededContacts,
        String explanation) {

    /** A point estimate with its interval. */
    public record Estimate(double estimate, double low, double high) {}
}
