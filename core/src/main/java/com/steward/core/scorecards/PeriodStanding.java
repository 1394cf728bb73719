package com.steward.core.scorecards;

import java.util.List;

/**
 * The standing after one period.
 *
 * @param standing green, watch, remediation or exit candidate
 * @param belowThreshold this period was below threshold (score below the threshold score or a
 *     metric breached)
 * @param consecutiveBelow consecutive periods below threshold ending with this one
 * @param chronic chronic under-performance: {@code consecutiveBelow ≥ chronicAfter}, or some
 *     metric breached in each of the last {@code chronicAfter} periods
 * @param chronicMetrics ids of metrics breached in each of the last {@code chronicAfter} periods
 */
public record PeriodStanding(
        Standing standing, boolean belowThreshold, int consecutiveBelow, boolean chronic, List<String> chronicMetrics) {

    public PeriodStanding {
        chronicMetrics = List.copyOf(chronicMetrics);
    }
}
