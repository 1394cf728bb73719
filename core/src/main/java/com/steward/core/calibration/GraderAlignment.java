package com.steward.core.calibration;

import com.steward.core.statistics.Interval;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * How closely one grader follows the client's expert on the targets both scored.
 *
 * <p>With dᵢ = graderᵢ − expertᵢ over the n shared targets: mean absolute difference Σ|dᵢ|/n; bias d̄ = Σdᵢ/n with
 * the one-sample Student t interval d̄ ± t(1 − α/2, n − 1) · s_d/√n (the paired-difference interval; Bland &amp;
 * Altman, "Statistical methods for assessing agreement between two methods of clinical measurement", Lancet 1986,
 * use the same d̄ and s_d). A positive bias means the grader scores more generously than the expert.
 *
 * @param n targets both scored
 * @param meanAbsoluteDifference mean |grader − expert|, in score points
 * @param bias mean (grader − expert) with its interval
 * @param sdDifference standard deviation of the differences (n − 1 denominator)
 */
public record GraderAlignment(int n, double meanAbsoluteDifference, Interval bias, double sdDifference) {

    /** 95 % alignment of {@code grader} against {@code expert}, paired by index; {@code NaN} = not scored. */
    public static GraderAlignment of(double[] grader, double[] expert) {
        return of(grader, expert, 0.95);
    }

    /**
     * Alignment of {@code grader} against {@code expert} over the indices where both are numbers.
     *
     * @throws IllegalArgumentException with fewer than two shared targets (no interval is possible)
     */
    public static GraderAlignment of(double[] grader, double[] expert, double confidence) {
        if (grader.length != expert.length) {
            throw new IllegalArgumentException(
                    "grader has " + grader.length + " targets, expert " + expert.length + "; they must be paired");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        int n = 0;
        double sum = 0;
        double sumAbs = 0;
        for (int i = 0; i < grader.length; i++) {
            if (Double.isNaN(grader[i]) || Double.isNaN(expert[i])) {
                continue;
            }
            double d = grader[i] - expert[i];
            n++;
            sum += d;
            sumAbs += Math.abs(d);
        }
        if (n < 2) {
            throw new IllegalArgumentException(
                    "alignment needs at least two targets scored by both the grader and the expert; got " + n);
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < grader.length; i++) {
            if (!Double.isNaN(grader[i]) && !Double.isNaN(expert[i])) {
                double e = grader[i] - expert[i] - mean;
                ss += e * e;
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half =
                TDistribution.of(n - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2) * sd / Math.sqrt(n);
        return new GraderAlignment(n, sumAbs / n, new Interval(mean, mean - half, mean + half), sd);
    }
}
