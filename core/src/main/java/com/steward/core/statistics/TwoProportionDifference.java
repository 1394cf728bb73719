package com.steward.core.statistics;

/**
 * Confidence interval for the difference of two independent proportions, p₁ − p₂.
 *
 * <p>Newcombe's hybrid score interval (R. G. Newcombe, "Interval estimation for the difference between
 * independent proportions: comparison of eleven methods", Statistics in Medicine 17 (1998) 873–890, method
 * 10): with Wilson score intervals (l₁, u₁) for p₁ and (l₂, u₂) for p₂ and d = p̂₁ − p̂₂,
 *
 * <pre>
 *   L = d − √((p̂₁ − l₁)² + (u₂ − p̂₂)²)
 *   U = d + √((u₁ − p̂₁)² + (p̂₂ − l₂)²)
 * </pre>
 *
 * <p>Unlike the Wald interval it stays inside [−1, 1], behaves near 0 and 1 and keeps close to nominal
 * coverage for the small samples a pilot starts with; no continuity correction is applied.
 */
public final class TwoProportionDifference {

    private TwoProportionDifference() {}

    /**
     * Newcombe hybrid score interval for {@code successes1/trials1 − successes2/trials2}.
     *
     * @param z the normal quantile (1.96 for 95%)
     */
    public static Interval newcombe(long successes1, long trials1, long successes2, long trials2, double z) {
        Interval a = ProportionIntervals.wilson(successes1, trials1, z);
        Interval b = ProportionIntervals.wilson(successes2, trials2, z);
        double d = a.estimate() - b.estimate();
        double low = d - Math.sqrt(square(a.estimate() - a.low()) + square(b.high() - b.estimate()));
        double high = d + Math.sqrt(square(a.high() - a.estimate()) + square(b.estimate() - b.low()));
        return new Interval(d, Math.max(-1, low), Math.min(1, high));
    }

    /** 95% Newcombe hybrid score interval. */
    public static Interval newcombe95(long successes1, long trials1, long successes2, long trials2) {
        return newcombe(successes1, trials1, successes2, trials2, ProportionIntervals.Z_95);
    }

    /** Variance of p̂₁ − p̂₂ under independence: p₁(1 − p₁)/n₁ + p₂(1 − p₂)/n₂ (for DiD and sample sizes). */
    public static double variance(long successes1, long trials1, long successes2, long trials2) {
        return Cell.proportion(successes1, trials1).variance()
                + Cell.proportion(successes2, trials2).variance();
    }

    private static double square(double x) {
        return x * x;
    }
}
