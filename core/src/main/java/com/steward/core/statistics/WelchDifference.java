package com.steward.core.statistics;

import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Welch's interval for the difference of two means, μ₁ − μ₂, without assuming equal variances.
 *
 * <p>B. L. Welch, "The generalization of 'Student's' problem when several different population variances are
 * involved", Biometrika 34 (1947) 28–35; degrees of freedom by F. E. Satterthwaite, Biometrics Bulletin 2
 * (1946) 110–114:
 *
 * <pre>
 *   se = √(s₁²/n₁ + s₂²/n₂)
 *   ν  = (s₁²/n₁ + s₂²/n₂)² / ((s₁²/n₁)²/(n₁ − 1) + (s₂²/n₂)²/(n₂ − 1))
 *   x̄₁ − x̄₂ ± t(1 − α/2, ν) · se
 * </pre>
 */
public final class WelchDifference {

    private WelchDifference() {}

    /** The interval, its standard error and Welch–Satterthwaite degrees of freedom. */
    public record Result(Interval interval, double standardError, double degreesOfFreedom) {}

    /**
     * Welch interval for {@code mean1 − mean2}.
     *
     * @param sd1 sample standard deviation of group 1 (n − 1 denominator)
     * @param n1 observations in group 1, ≥ 2
     * @param confidence two-sided confidence level in (0, 1), e.g. 0.95
     */
    public static Result interval(
            double mean1, double sd1, long n1, double mean2, double sd2, long n2, double confidence) {
        if (n1 < 2 || n2 < 2) {
            throw new IllegalArgumentException("each group needs at least 2 observations");
        }
        if (!(sd1 >= 0) || !(sd2 >= 0)) {
            throw new IllegalArgumentException("standard deviations must be ≥ 0");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1)");
        }
        double v1 = sd1 * sd1 / n1;
        double v2 = sd2 * sd2 / n2;
        double se = Math.sqrt(v1 + v2);
        double d = mean1 - mean2;
        if (se == 0) {
            return new Result(new Interval(d, d, d), 0, Double.POSITIVE_INFINITY);
        }
        double df = (v1 + v2) * (v1 + v2) / (v1 * v1 / (n1 - 1) + v2 * v2 / (n2 - 1));
        double t = TDistribution.of(df).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new Result(new Interval(d, d - t * se, d + t * se), se, df);
    }

    /** 95% Welch interval. */
    public static Result interval95(double mean1, double sd1, long n1, double mean2, double sd2, long n2) {
        return interval(mean1, sd1, n1, mean2, sd2, n2, 0.95);
    }
}
