package com.steward.app.contracts;

import java.util.List;

/**
 * A scorecard definition to save.
 *
 * @param metrics the lines, metric ids from the KPI catalogue, weights summing to 100
 * @param acknowledgeQualityShare save even though quality and customer metrics carry less than
 *     the contract's required share (the warning stays visible)
 */
public record ScorecardInput(List<Line> metrics, Boolean acknowledgeQualityShare) {

    /**
     * One line.
     *
     * @param metricId KPI catalogue id, e.g. {@code csat}
     * @param target expected value in the metric's unit (ratios as 0–1, e.g. 0.85)
     * @param threshold least acceptable value; the target must be better than it
     * @param weight points of the overall score, (0, 100]
     */
    public record Line(String metricId, Double target, Double threshold, Double weight) {}
}
