package com.steward.core.scorecards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Attainment, overall score and the weight rules of a contract scorecard. */
public final class Scorecards {

    /** Default least share of the weight on quality and customer metrics (docs/contract.md: they lead). */
    public static final double DEFAULT_QUALITY_SHARE = 0.60;

    /** Weights must sum to 100 within this tolerance. */
    public static final double WEIGHT_TOLERANCE = 1e-6;

    private Scorecards() {}

    /**
     * A metric's attainment, 0–100, for a measured value.
     *
     * <p>Rule (linear between threshold and target, capped, direction-aware):
     *
     * <pre>
     *   attainment = 100 × clamp((measured − threshold) / (target − threshold), 0, 1)
     * </pre>
     *
     * At or worse than the threshold it is 0, at or better than the target 100, linear in between.
     * Because {@code target − threshold} is negative for lower-is-better metrics the same formula
     * serves both directions. Example: CSAT target 0.85, threshold 0.75, measured 0.82 →
     * 100 × 0.07 / 0.10 = 70. AHT (lower is better) target 300 s, threshold 360 s, measured 330 s
     * → 100 × (330 − 360) / (300 − 360) = 50.
     *
     * @param metric the scorecard line
     * @param measured the measured value, finite, in the metric's unit
     * @return attainment in [0, 100]
     */
    public static double attainment(ScorecardMetric metric, double measured) {
        if (!Double.isFinite(measured)) {
            throw new IllegalArgumentException("measured must be a finite number, was " + measured);
        }
        double fraction = (measured - metric.threshold()) / (metric.target() - metric.threshold());
        return 100 * Math.max(0, Math.min(1, fraction));
    }

    /**
     * Checks a scorecard's lines: at least one, distinct metric ids, weights summing to 100.
     *
     * @throws IllegalArgumentException starting with the offending field ({@code metrics} or
     *     {@code weights})
     */
    public static void validate(List<ScorecardMetric> metrics) {
        if (metrics == null || metrics.isEmpty()) {
            throw new IllegalArgumentException("metrics must not be empty: a scorecard needs at least one metric");
        }
        Set<String> seen = new HashSet<>();
        double total = 0;
        for (ScorecardMetric m : metrics) {
            if (!seen.add(m.metricId())) {
                throw new IllegalArgumentException("metrics must be distinct, '" + m.metricId() + "' appears twice");
            }
            total += m.weight();
        }
        if (Math.abs(total - 100) > WEIGHT_TOLERANCE) {
            throw new IllegalArgumentException("weights must sum to 100, they sum to " + round(total));
        }
    }

    /**
     * The share of weight on quality and customer metrics: {@code Σ weight(quality, customer) /
     * Σ weight}.
     *
     * @param required least share demanded, in [0, 1]
     */
    public static QualityShare qualityShare(List<ScorecardMetric> metrics, double required) {
        if (!(required >= 0 && required <= 1)) {
            throw new IllegalArgumentException("required must be in [0, 1], was " + required);
        }
        double quality = 0;
        double total = 0;
        for (ScorecardMetric m : metrics) {
            total += m.weight();
            if (m.kind().qualityOrCustomer()) {
                quality += m.weight();
            }
        }
        return new QualityShare(quality, total, total == 0 ? 0 : quality / total, required);
    }

    /**
     * The overall score of one period: the weighted mean of the attainment of the metrics that
     * were measured, {@code Σ wᵢ aᵢ / Σ wᵢ} over measured metrics. Metrics without a value are
     * left out and the weights renormalised; {@link PeriodScore#coverage()} says how much weight
     * was measured. With nothing measured the score is NaN.
     *
     * @param measured metric id → measured value; ids not on the scorecard are ignored
     */
    public static PeriodScore score(List<ScorecardMetric> metrics, Map<String, Double> measured) {
        List<MetricAttainment> lines = new ArrayList<>();
        double weighted = 0;
        double weight = 0;
        double total = 0;
        int breaches = 0;
        for (ScorecardMetric m : metrics) {
            total += m.weight();
            Double value = measured.get(m.metricId());
            if (value == null) {
                continue;
            }
            double a = attainment(m, value);
            boolean breached = m.breached(value);
            if (breached) {
                breaches++;
            }
            lines.add(new MetricAttainment(m, value, a, breached));
            weighted += m.weight() * a;
            weight += m.weight();
        }
        double score = weight == 0 ? Double.NaN : weighted / weight;
        return new PeriodScore(lines, score, total == 0 ? 0 : weight / total, breaches);
    }

    private static String round(double value) {
        return Double.toString(Math.round(value * 1e6) / 1e6);
    }
}
