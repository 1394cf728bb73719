package com.steward.app.scorecards;

import com.steward.analytics.kpi.MetricValue;

/**
 * One metric as measured from raw interactions: value, numerator, denominator, interval and sample size.
 *
 * @param low lower end of the 95 % interval, null when the metric has none
 * @param high upper end of the 95 % interval, null when the metric has none
 */
public record MetricFigure(double value, long numerator, long denominator, Double low, Double high, long sampleSize) {

    static MetricFigure of(MetricValue v) {
        return v == null || !v.reported()
                ? null
                : new MetricFigure(v.value(), v.numerator(), v.denominator(), v.low(), v.high(), v.sampleSize());
    }

    /** Same numbers (to 1e-9 on the value). */
    boolean sameAs(MetricFigure other) {
        return other != null
                && numerator == other.numerator
                && denominator == other.denominator
                && sampleSize == other.sampleSize
                && Math.abs(value - other.value) <= 1e-9 * Math.max(1, Math.abs(value));
    }
}
