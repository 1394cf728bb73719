package com.steward.core.renewal;

import com.steward.core.scorecards.Standing;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The runs of periods below threshold in a contract's history, read from the standings that {@code
 * com.steward.core.scorecards.Standings#history} assigned (the rule is not applied again here). A run is a sequence of
 * measured periods below threshold; it ends at the first period whose standing is GREEN again. Unmeasured periods, and
 * good periods while a vendor is still recovering from remediation (standing not yet GREEN), neither break nor extend
 * a run (as in {@code Standings}).
 *
 * @param lines one per period, in the order given
 * @param runs the runs of consecutive periods below threshold, oldest first
 */
public record UnderPerformanceRuns(List<Line> lines, List<Run> runs) {

    public UnderPerformanceRuns {
        lines = List.copyOf(lines);
        runs = List.copyOf(runs);
    }

    /**
     * One period as the standings saw it.
     *
     * @param period period label, e.g. {@code 2026-01}
     * @param measured anything was measured
     * @param standing standing after the period
     * @param below the period itself was below threshold (a good period while recovering from remediation is not
     *     below, yet keeps a non-GREEN standing)
     * @param chronic chronic under-performance after the period
     */
    public record Point(String period, boolean measured, boolean below, Standing standing, boolean chronic) {

        /** A point whose period was below threshold exactly when its standing is not GREEN (no recovery period). */
        public Point(String period, boolean measured, Standing standing, boolean chronic) {
            this(period, measured, standing != Standing.GREEN, standing, chronic);
        }
    }

    /**
     * One period with its run length.
     *
     * @param period period label
     * @param below the period was below threshold
     * @param consecutiveBelow periods below threshold in the run ending here (0 when not below)
     */
    public record Line(String period, boolean below, int consecutiveBelow) {}

    /**
     * One run of consecutive periods below threshold.
     *
     * @param firstPeriod its first period
     * @param lastPeriod its last period
     * @param length periods below threshold in it
     * @param remediationFrom first period whose standing called for remediation (REMEDIATION or worse), or null
     * @param chronicFrom first period that was chronic under-performance, or null
     * @param ongoing the run reaches the latest measured period
     */
    public record Run(
            String firstPeriod,
            String lastPeriod,
            int length,
            @Nullable String remediationFrom,
            @Nullable String chronicFrom,
            boolean ongoing) {}

    /** The lines and runs of {@code points}, oldest first. */
    public static UnderPerformanceRuns of(List<Point> points) {
        List<Line> lines = new ArrayList<>();
        List<Run> runs = new ArrayList<>();
        int run = 0;
        @Nullable String first = null;
        @Nullable String last = null;
        @Nullable String remediation = null;
        @Nullable String chronic = null;
        for (Point p : points) {
            if (!p.measured()) {
                lines.add(new Line(p.period(), false, 0));
                continue;
            }
            boolean below = p.below();
            if (!below && run > 0 && p.standing() != Standing.GREEN) {
                // recovering: good, but the run is not over yet
                lines.add(new Line(p.period(), false, 0));
                continue;
            }
            if (below) {
                if (run == 0) {
                    first = p.period();
                    remediation = null;
                    chronic = null;
                }
                run++;
                last = p.period();
                if (remediation == null
                        && (p.standing() == Standing.REMEDIATION || p.standing() == Standing.EXIT_CANDIDATE)) {
                    remediation = p.period();
                }
                if (chronic == null && p.chronic()) {
                    chronic = p.period();
                }
            } else if (run > 0) {
                runs.add(new Run(
                        Objects.requireNonNull(first), Objects.requireNonNull(last), run, remediation, chronic, false));
                run = 0;
            }
            lines.add(new Line(p.period(), below, below ? run : 0));
        }
        if (run > 0) {
            runs.add(new Run(
                    Objects.requireNonNull(first), Objects.requireNonNull(last), run, remediation, chronic, true));
        }
        return new UnderPerformanceRuns(lines, runs);
    }

    /** The latest run if it is still going on. */
    public Optional<Run> ongoing() {
        return runs.isEmpty() || !runs.getLast().ongoing() ? Optional.empty() : Optional.of(runs.getLast());
    }
}
