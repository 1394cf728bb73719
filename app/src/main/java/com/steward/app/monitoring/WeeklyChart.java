package com.steward.app.monitoring;

import java.util.List;

/**
 * One vendor's weekly control chart of one metric.
 *
 * @param weeks Mondays, {@code yyyy-MM-dd}
 * @param points one per week
 * @param baselineWeeks leading weeks that estimated the in-control mean
 */
public record WeeklyChart(
        String vendorCode,
        String metricId,
        String displayName,
        String kind,
        List<String> weeks,
        List<Point> points,
        int baselineWeeks) {

    public WeeklyChart {
        weeks = List.copyOf(weeks);
        points = List.copyOf(points);
    }

    /** A week: observed value, EWMA statistic, centre, limits, sample size and signal. */
    public record Point(
            String week,
            double value,
            double ewma,
            double centre,
            double lcl,
            double ucl,
            long sampleSize,
            String signal) {}

    public long signals() {
        return points.stream().filter(p -> !p.signal().equals("NONE")).count();
    }
}
