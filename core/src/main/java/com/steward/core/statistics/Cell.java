package com.steward.core.statistics;

/**
 * An estimate with the variance of that estimate and the observations behind it: one cell of a
 * difference-in-differences table or one stratum of a standardisation.
 *
 * @param estimate a proportion (0…1) or a mean
 * @param variance the variance of the estimate (not of single observations), ≥ 0
 * @param observations observations behind it, ≥ 0
 */
public record Cell(double estimate, double variance, long observations) {

    public Cell {
        if (Double.isNaN(estimate) || Double.isInfinite(estimate)) {
            throw new IllegalArgumentException("estimate must be a finite number");
        }
        if (!(variance >= 0) || Double.isInfinite(variance)) {
            throw new IllegalArgumentException("variance must be finite and ≥ 0, was " + variance);
        }
        if (observations < 0) {
            throw new IllegalArgumentException("observations must be ≥ 0");
        }
    }

    /** A proportion {@code successes/trials} with the binomial variance p(1 − p)/n. */
    public static Cell proportion(long successes, long trials) {
        if (trials <= 0) {
            throw new IllegalArgumentException("trials must be positive, was " + trials);
        }
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException("successes must be in [0, " + trials + "], was " + successes);
        }
        double p = (double) successes / trials;
        return new Cell(p, p * (1 - p) / trials, trials);
    }

    /** A sample mean with the variance s²/n of the mean, s the sample standard deviation. */
    public static Cell mean(double mean, double standardDeviation, long observations) {
        if (observations <= 0) {
            throw new IllegalArgumentException("observations must be positive");
        }
        if (!(standardDeviation >= 0)) {
            throw new IllegalArgumentException("standard deviation must be ≥ 0");
        }
        return new Cell(mean, standardDeviation * standardDeviation / observations, observations);
    }

    public double standardError() {
        return Math.sqrt(variance);
    }
}
