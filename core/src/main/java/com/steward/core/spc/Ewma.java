package com.steward.core.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * The exponentially weighted moving average control chart (Montgomery, <i>Introduction to Statistical Quality
 * Control</i>, 7th ed., §9.2).
 *
 * <pre>
 *   z₀ = μ₀,   zᵢ = λ xᵢ + (1 − λ) zᵢ₋₁
 *   Var(zᵢ) = λ² σᵢ² + (1 − λ)² Var(zᵢ₋₁),   Var(z₀) = 0,   σᵢ² = σ² / nᵢ
 *   UCLᵢ, LCLᵢ = μ₀ ± L √Var(zᵢ)
 * </pre>
 *
 * With a constant σᵢ the recursion is Montgomery's exact time-varying limit {@code μ₀ ± Lσᵢ √(λ/(2−λ)
 * [1 − (1−λ)^{2i}])} (eq. 9.26); with varying sample sizes (weeks of different volume) it is the exact variance of
 * the weighted sum. A point signals when zᵢ is strictly beyond a limit. For proportions σ² = p₀(1 − p₀) and nᵢ is the
 * number of trials (e.g. CSAT responses); for means σ² is the variance of one observation and nᵢ the number averaged.
 */
public final class Ewma {

    private Ewma() {}

    /** EWMA of proportions with p₀ pooled from the first {@code baselinePeriods} points. */
    public static ControlChart proportions(List<Observation> points, EwmaParameters parameters, int baselinePeriods) {
        return chart(points, parameters, Baselines.proportion(points, baselinePeriods), baselinePeriods);
    }

    /** EWMA of proportions against a given in-control proportion (use {@link Baseline#ofProportion}). */
    public static ControlChart proportions(List<Observation> points, EwmaParameters parameters, Baseline baseline) {
        return chart(points, parameters, baseline, 0);
    }

    /** EWMA of means with μ₀ and σ² estimated from the first {@code baselinePeriods} points (see {@link Baselines#mean}). */
    public static ControlChart means(List<Observation> points, EwmaParameters parameters, int baselinePeriods) {
        return chart(points, parameters, Baselines.mean(points, baselinePeriods), baselinePeriods);
    }

    /** EWMA of means against a given in-control mean and variance of one observation. */
    public static ControlChart means(List<Observation> points, EwmaParameters parameters, Baseline baseline) {
        return chart(points, parameters, baseline, 0);
    }

    private static ControlChart chart(
            List<Observation> points, EwmaParameters parameters, Baseline baseline, int baselinePeriods) {
        double lambda = parameters.lambda();
        double keep = (1 - lambda) * (1 - lambda);
        double z = baseline.mean();
        double variance = 0;
        List<ControlPoint> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Observation o = points.get(i);
            double pointVariance = baseline.variance() / o.sampleSize();
            variance = lambda * lambda * pointVariance + keep * variance;
            z = lambda * o.value() + (1 - lambda) * z;
            double half = parameters.width() * Math.sqrt(variance);
            double lcl = baseline.mean() - half;
            double ucl = baseline.mean() + half;
            Signal signal = z > ucl ? Signal.HIGH : z < lcl ? Signal.LOW : Signal.NONE;
            out.add(new ControlPoint(i, o.value(), z, baseline.mean(), lcl, ucl, signal));
        }
        return new ControlChart(out, baseline, baselinePeriods);
    }
}
