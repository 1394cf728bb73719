package com.steward.core.scorecards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The one standing rule: where a vendor stands after each period of a contract, from the month-by-month figures and
 * the contract's own {@link StandingPolicy}. Every page, API, pack and the renewal history read standings from here.
 *
 * <p>A period is <em>below threshold</em> when its overall score is below the threshold score or any measured metric
 * is worse than its own threshold; a period with nothing scored (no result, or insufficient data) is skipped: it
 * neither breaks nor extends a run, and keeps the standing before it. With {@code n} periods in the current run
 * below threshold: {@code n = 0} → GREEN, {@code 1 ≤ n < remediationAfter} → WATCH, {@code remediationAfter ≤ n <
 * chronicAfter} → REMEDIATION, {@code n ≥ chronicAfter} → EXIT_CANDIDATE (chronic under-performance). A single
 * metric breached in {@code chronicAfter} consecutive scored periods is chronic too.
 *
 * <p>Recovery: a run still at WATCH ends with one good period (GREEN again). Once a run has reached remediation it
 * ends only after {@code recoveryAfter} consecutive good periods; until then each good period stands at WATCH
 * ("recovering") and a period below threshold continues the run where it was. With {@code recoveryAfter = 1} the
 * first good period ends any run. This is the usual "cure period" of outsourcing SLAs; the numbers are the
 * contract's.
 */
public final class Standings {

    private Standings() {}

    /** The standing after each period, oldest first, same length as {@code periods}. */
    public static List<PeriodStanding> history(List<PeriodScore> periods, StandingPolicy policy) {
        List<PeriodStanding> result = new ArrayList<>(periods.size());
        int run = 0;
        int good = 0;
        boolean remediated = false;
        Map<String, Integer> metricRuns = new LinkedHashMap<>();
        PeriodStanding last = new PeriodStanding(Standing.GREEN, false, 0, false, List.of());
        for (PeriodScore period : periods) {
            if (!period.measured()) {
                result.add(last);
                continue;
            }
            boolean below = period.score() < policy.thresholdScore() || period.breaches() > 0;
            if (below) {
                run++;
                good = 0;
            } else if (run > 0) {
                good++;
                if (!remediated || good >= policy.recoveryAfter()) {
                    run = 0;
                    good = 0;
                    remediated = false;
                }
            }
            if (run >= policy.remediationAfter()) {
                remediated = true;
            }
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
            Standing standing;
            boolean chronic;
            if (!below && run > 0) {
                // recovering from remediation: good, but not yet for long enough
                standing = Standing.WATCH;
                chronic = false;
            } else {
                chronic = run >= policy.chronicAfter() || !chronicMetrics.isEmpty();
                if (chronic) {
                    standing = Standing.EXIT_CANDIDATE;
                } else if (run >= policy.remediationAfter()) {
                    standing = Standing.REMEDIATION;
                } else if (run >= 1) {
                    standing = Standing.WATCH;
                } else {
                    standing = Standing.GREEN;
                }
            }
            last = new PeriodStanding(standing, below, below ? run : 0, chronic, chronicMetrics);
            result.add(last);
        }
        return result;
    }

    /** The standing after the last scored period, or null when no period was scored (no standing yet). */
    public static @Nullable Standing latest(List<PeriodScore> periods, StandingPolicy policy) {
        if (periods.stream().noneMatch(PeriodScore::measured)) {
            return null;
        }
        return history(periods, policy).getLast().standing();
    }
}
