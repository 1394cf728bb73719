package com.steward.core.scorecards;

/**
 * One metric's result in one period.
 *
 * @param metric the scorecard line
 * @param measured the measured value in the metric's unit
 * @param attainment 0–100, see {@link Scorecards#attainment}
 * @param breached the measured value is worse than the threshold
 */
public record MetricAttainment(ScorecardMetric metric, double measured, double attainment, boolean breached) {}
