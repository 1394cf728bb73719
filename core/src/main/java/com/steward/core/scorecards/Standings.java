package com.steward.core.scorecards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Standings from the history of period scores.
 *
 * <p>A period is <em>below threshold</em> when its overall score is below the threshold score or
 * any measured metric is worse than its own threshold; a period with nothing measured is skipped
 * (it neither breaks nor extends a run). With {@code n} consecutive periods below threshold ending
 * at the period: {@code n = 0} → GREEN, {@code 1 ≤ n < remediationAfter} → WATCH, {@code
 * remediationAfter ≤ n < chronicAfter} → REMEDIATION, {@code n ≥ chronicAfter} → EXIT_CANDIDATE
 * (chronic under-performance). A single metric breached in {@code chronicAfter} consecutive
 * periods is chronic too, and also makes the vendor an exit candidate.
 */
public final class Standings {

    private Standings() {}

    /** The standing after each period, oldest first, same length as {@code periods}. */
    public static List<PeriodStanding> history(List<PeriodScore> periods, StandingPolicy policy) {
        List<PeriodStanding> result = new ArrayList<>(periods.size());
        int run = 0;
        Map<String, Integer> metricRuns = new LinkedHashMap<>();
        PeriodStanding last = new PeriodStanding(Standing.GREEN, false, 0, false, List.of());
        for (PeriodScore period : periods) {
            if (!period.measured()) {
                result.add(last);
                continue;
            }
            boolean below = period.score() < policy.thresholdScore() || period.breaches() > 0;
            run = below ? run + 1 : 0;
            Map<String, Integer> next = new LinkedHashMap<>();
            for (MetricAttainment line : period.metrics()) {
                if (line.breached()) {
                    next.put(
                            line.metric().metricId(),
                            metricRuns.getOrDefault(line.metric().metricId(), 0) + 1);
                }
            }
            metricRuns = next;
            List<String> chronicMetrics = metricRuns.entrySet().stream()
                    .filter(e -> e.getValue() >= policy.chronicAfter())
                    .map(Map.Entry::getKey)
                    .toList();
            boolean chronic = run >= policy.chronicAfter() || !chronicMetrics.isEmpty();
            Standing standing;
            if (chronic) {
                standing = Standing.EXIT_CANDIDATE;
            } else if (run >= policy.remediationAfter()) {
                standing = Standing.REMEDIATION;
            } else if (run >= 1) {
                standing = Standing.WATCH;
            } else {
                standing = Standing.GREEN;
            }
            last = new PeriodStanding(standing, below, run, chronic, chronicMetrics);
            result.add(last);
        }
        return result;
    }
}
