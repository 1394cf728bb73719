package com.steward.core.scorecards;

/**
 * One line of a scorecard.
 *
 * <p>The threshold is the least acceptable value; the target is what the contract expects. The
 * target must be strictly better than the threshold in the metric's direction (above it when
 * higher is better, below it when lower is better).
 *
 * @param metricId the KPI catalogue id, e.g. {@code csat}
 * @param kind quality, customer or operational
 * @param direction which way the metric improves
 * @param target the expected value, in the metric's own unit
 * @param threshold the least acceptable value, in the metric's own unit
 * @param weight share of the overall score in points, (0, 100]; a scorecard's weights sum to 100
 */
public record ScorecardMetric(
        String metricId, MetricKind kind, Direction direction, double target, double threshold, double weight) {

    public ScorecardMetric {
        if (metricId == null || metricId.isBlank()) {
            throw new IllegalArgumentException("metricId must not be blank");
        }
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (direction == null) {
            throw new IllegalArgumentException("direction must not be null");
        }
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be a finite number, was " + target);
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a finite number, was " + threshold);
        }
        if (!(weight > 0 && weight <= 100)) {
            throw new IllegalArgumentException("weight must be in (0, 100], was " + weight);
        }
        if (!direction.better(target, threshold)) {
            throw new IllegalArgumentException("target must be "
                    + (direction == Direction.HIGHER_IS_BETTER ? "above" : "below")
                    + " the threshold for a metric where "
                    + (direction == Direction.HIGHER_IS_BETTER ? "higher" : "lower")
                    + " is better (target " + target + ", threshold " + threshold + ")");
        }
    }

    /** True when {@code measured} is worse than the threshold (a breach). */
    public boolean breached(double measured) {
        return direction.better(threshold, measured);
    }
}
