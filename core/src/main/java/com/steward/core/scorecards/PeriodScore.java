package com.steward.core.scorecards;

import java.util.List;

/**
 * The scorecard's result for one period.
 *
 * @param metrics the attainment of every metric measured in the period, in scorecard order
 * @param score the overall score 0–100: weighted mean of the measured metrics' attainment
 * @param coverage share 0–1 of the scorecard's weight that was measured (1 when complete)
 * @param breaches how many measured metrics are worse than their threshold
 */
public record PeriodScore(List<MetricAttainment> metrics, double score, double coverage, int breaches) {

    public PeriodScore {
        metrics = List.copyOf(metrics);
    }

    /** True when at least one metric was measured (otherwise {@link #score} is NaN). */
    public boolean measured() {
        return !metrics.isEmpty();
    }
}
