package com.steward.core.spc;

import java.util.List;
import java.util.OptionalInt;

/**
 * A computed chart.
 *
 * @param points one per observation, in order
 * @param baseline the in-control process the limits derive from
 * @param baselinePeriods how many leading points estimated the baseline (0 when it was given)
 */
public record ControlChart(List<ControlPoint> points, Baseline baseline, int baselinePeriods) {

    public ControlChart {
        points = List.copyOf(points);
    }

    /** The points with a signal. */
    public List<ControlPoint> signals() {
        return points.stream().filter(p -> p.signal().raised()).toList();
    }

    /** Index of the first signal, if any. */
    public OptionalInt firstSignal() {
        return points.stream()
                .filter(p -> p.signal().raised())
                .mapToInt(ControlPoint::index)
                .findFirst();
    }
}
