package com.steward.core.spc;

import java.util.List;

/** Estimates of the in-control process from the first {@code k} points of a series (Phase I). */
public final class Baselines {

    private Baselines() {}

    /**
     * The pooled proportion of the first {@code k} points, {@code p₀ = Σ nᵢpᵢ / Σ nᵢ}, with the binomial variance
     * {@code p₀(1 − p₀)} inflated when the baseline weeks vary more than binomial sampling allows:
     * {@code σ² = p₀(1 − p₀) · max(1, φ)} with the Pearson dispersion {@code φ = Σ nᵢ(pᵢ − p₀)² / (p₀(1 − p₀)(k − 1))}
     * (the quasi-binomial model, McCullagh &amp; Nelder, Generalized Linear Models, 2nd ed., §4.5; the same idea as
     * Laney's p′ chart, Quality Engineering 14(4), 2002). Real contact-center weeks differ in mix (queues, hours,
     * channels), so binomial limits alone would alarm on noise. A pooled p₀ of exactly 0 or 1 is moved half an
     * observation inwards ({@code (x + ½) / (n + 1)}) so the limits stay defined.
     */
    public static Baseline proportion(List<Observation> points, int k) {
        check(points, k, 1);
        double successes = 0;
        double trials = 0;
        for (int i = 0; i < k; i++) {
            Observation o = points.get(i);
            if (o.value() < 0 || o.value() > 1) {
                throw new IllegalArgumentException("a proportion must be in [0, 1], point " + i + " was " + o.value());
            }
            successes += o.value() * o.sampleSize();
            trials += o.sampleSize();
        }
        double p0 = successes / trials;
        if (p0 <= 0 || p0 >= 1) {
            p0 = (successes + 0.5) / (trials + 1);
        }
        Baseline binomial = Baseline.ofProportion(p0);
        if (k < 2) {
            return binomial;
        }
        double squares = 0;
        for (int i = 0; i < k; i++) {
            double d = points.get(i).value() - p0;
            squares += points.get(i).sampleSize() * d * d;
        }
        double overdispersed = squares / (k - 1);
        return overdispersed > binomial.variance() ? new Baseline(p0, overdispersed) : binomial;
    }

    /**
     * The weighted mean of the first {@code k} points, {@code μ₀ = Σ nᵢxᵢ / Σ nᵢ}, and the variance of one
     * observation estimated from the spread of the points, {@code σ² = Σ nᵢ(xᵢ − μ₀)² / (k − 1)} (each point's
     * variance is σ²/nᵢ, so this is unbiased for σ² when the process is in control). Needs k ≥ 2. A series with no
     * spread gets a tiny variance ({@code 10⁻¹² · max(1, μ₀²)}) so that the limits exist.
     */
    public static Baseline mean(List<Observation> points, int k) {
        check(points, k, 2);
        double weighted = 0;
        double weight = 0;
        for (int i = 0; i < k; i++) {
            weighted += points.get(i).value() * points.get(i).sampleSize();
            weight += points.get(i).sampleSize();
        }
        double mean = weighted / weight;
        double squares = 0;
        for (int i = 0; i < k; i++) {
            double d = points.get(i).value() - mean;
            squares += points.get(i).sampleSize() * d * d;
        }
        double variance = squares / (k - 1);
        double floor = 1e-12 * Math.max(1, mean * mean);
        return new Baseline(mean, Math.max(variance, floor));
    }

    private static void check(List<Observation> points, int k, int least) {
        if (points == null) {
            throw new IllegalArgumentException("points must not be null");
        }
        if (k < least || k > points.size()) {
            throw new IllegalArgumentException("baselinePeriods must be between " + least
                    + " and the number of points (" + points.size() + "), was " + k);
        }
    }
}
