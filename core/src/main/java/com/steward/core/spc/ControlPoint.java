package com.steward.core.spc;

/**
 * One plotted point of a control chart.
 *
 * @param index position in the series, 0-based
 * @param value the observed value
 * @param statistic the charted statistic (EWMA zᵢ; for CUSUM C⁺ᵢ when it dominates, else −C⁻ᵢ, in σ units)
 * @param centre the centre line
 * @param lcl lower control limit
 * @param ucl upper control limit
 * @param signal whether the statistic is beyond a limit
 */
public record ControlPoint(
        int index, double value, double statistic, double centre, double lcl, double ucl, Signal signal) {}
