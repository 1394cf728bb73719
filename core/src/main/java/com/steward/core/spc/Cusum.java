package com.steward.core.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * The tabular (two-sided) CUSUM on standardised points (Montgomery, <i>Introduction to Statistical Quality
 * Control</i>, 7th ed., §9.1):
 *
 * <pre>
 *   yᵢ = (xᵢ − μ₀) / (σ / √nᵢ)
 *   C⁺ᵢ = max(0, yᵢ − k + C⁺ᵢ₋₁),   C⁻ᵢ = max(0, −yᵢ − k + C⁻ᵢ₋₁),   C⁺₀ = C⁻₀ = 0
 * </pre>
 *
 * A point signals HIGH when C⁺ᵢ &gt; h, LOW when C⁻ᵢ &gt; h. The usual design is k = 0.5 (to detect a 1σ shift) and
 * h = 4 or 5 (in-control ARL ≈ 168 or 465). The plotted statistic is C⁺ᵢ when C⁺ᵢ ≥ C⁻ᵢ, else −C⁻ᵢ, against limits
 * ±h and centre 0 (σ units). The sums are not reset after a signal: a persistent shift keeps signalling.
 */
public final class Cusum {

    /** Reference value k = 0.5σ. */
    public static final double DEFAULT_K = 0.5;

    /** Decision interval h = 4σ. */
    public static final double H4 = 4.0;

    /** Decision interval h = 5σ. */
    public static final double H5 = 5.0;

    private Cusum() {}

    /**
     * The chart for {@code points} against {@code baseline}.
     *
     * @param k reference value in σ units, ≥ 0
     * @param h decision interval in σ units, &gt; 0
     */
    public static ControlChart tabular(List<Observation> points, Baseline baseline, double k, double h) {
        return chart(points, baseline, k, h, 0);
    }

    /** The chart of proportions with p₀ pooled from the first {@code baselinePeriods} points. */
    public static ControlChart proportions(List<Observation> points, int baselinePeriods, double k, double h) {
        return chart(points, Baselines.proportion(points, baselinePeriods), k, h, baselinePeriods);
    }

    /** The chart of means with μ₀ and σ² from the first {@code baselinePeriods} points. */
    public static ControlChart means(List<Observation> points, int baselinePeriods, double k, double h) {
        return chart(points, Baselines.mean(points, baselinePeriods), k, h, baselinePeriods);
    }

    private static ControlChart chart(List<Observation> points, Baseline baseline, double k, double h, int periods) {
        if (!(k >= 0) || Double.isInfinite(k)) {
            throw new IllegalArgumentException("k must be a finite number ≥ 0, was " + k);
        }
        if (!(h > 0) || Double.isInfinite(h)) {
            throw new IllegalArgumentException("h must be a positive finite number, was " + h);
        }
        double upper = 0;
        double lower = 0;
        List<ControlPoint> out = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            Observation o = points.get(i);
            double y = (o.value() - baseline.mean()) / (baseline.sigma() / Math.sqrt(o.sampleSize()));
            upper = Math.max(0, y - k + upper);
            lower = Math.max(0, -y - k + lower);
            Signal signal = upper > h ? Signal.HIGH : lower > h ? Signal.LOW : Signal.NONE;
            double statistic = upper >= lower ? upper : -lower;
            out.add(new ControlPoint(i, o.value(), statistic, 0, -h, h, signal));
        }
        return new ControlChart(out, baseline, periods);
    }
}
