package com.steward.core.spc;

/**
 * The in-control process: its mean and the variance of a single observation unit. A point resting on
 * {@code n} observations has variance {@code variance / n}.
 *
 * @param mean in-control mean μ₀ (for proportions p₀)
 * @param variance in-control variance of one observation σ² (for proportions p₀(1 − p₀)), &gt; 0
 */
public record Baseline(double mean, double variance) {

    public Baseline {
        if (!Double.isFinite(mean)) {
            throw new IllegalArgumentException("mean must be a finite number, was " + mean);
        }
        if (!(variance > 0) || Double.isInfinite(variance)) {
            throw new IllegalArgumentException("variance must be a positive finite number, was " + variance);
        }
    }

    /** Standard deviation σ. */
    public double sigma() {
        return Math.sqrt(variance);
    }

    /** The binomial baseline of a proportion p₀ ∈ (0, 1): σ² = p₀(1 − p₀). */
    public static Baseline ofProportion(double p0) {
        if (!(p0 > 0 && p0 < 1)) {
            throw new IllegalArgumentException("p0 must be in (0, 1), was " + p0);
        }
        return new Baseline(p0, p0 * (1 - p0));
    }
}
