package com.steward.core.relationship;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The relationship health index: a weighted arithmetic mean of component scores on a 0–100 scale. Components
 * without data are left out and the remaining weights renormalised to sum to one (the usual treatment of missing
 * sub-indicators in composite indicators: OECD/JRC, <i>Handbook on Constructing Composite Indicators</i>, 2008,
 * §1.5 and §6 — weighted linear aggregation with re-scaled weights). Because every score is in [0, 100] and the
 * weights are non-negative and sum to one, the index is in [0, 100] and never falls when one score rises.
 */
public final class HealthIndex {

    private HealthIndex() {}

    /**
     * The index of the available component scores.
     *
     * @param scores component → score in [0, 100]; absent (or null) components are missing
     * @param weights component → non-negative weight; need not sum to one
     * @return the index and the renormalised weights of the components used, or empty when no used component has
     *     a positive weight
     */
    public static Optional<Result> compute(Map<HealthComponent, Double> scores, Map<HealthComponent, Double> weights) {
        double total = 0;
        Map<HealthComponent, Double> used = new EnumMap<>(HealthComponent.class);
        for (HealthComponent c : HealthComponent.values()) {
            Double score = scores.get(c);
            double weight = weights.getOrDefault(c, 0.0);
            if (weight < 0 || Double.isNaN(weight) || Double.isInfinite(weight)) {
                throw new IllegalArgumentException("weight of " + c + " must be a non-negative number: " + weight);
            }
            if (score == null) {
                continue;
            }
            if (Double.isNaN(score) || score < 0 || score > 100) {
                throw new IllegalArgumentException("score of " + c + " must be in [0, 100]: " + score);
            }
            if (weight > 0) {
                used.put(c, weight);
                total += weight;
            }
        }
        if (used.isEmpty()) {
            return Optional.empty();
        }
        double index = 0;
        Map<HealthComponent, Double> normalised = new EnumMap<>(HealthComponent.class);
        for (Map.Entry<HealthComponent, Double> e : used.entrySet()) {
            double w = e.getValue() / total;
            normalised.put(e.getKey(), w);
            index += w * Objects.requireNonNull(scores.get(e.getKey()));
        }
        // Rounding of the sum may step a hair outside the range.
        index = Math.max(0, Math.min(100, index));
        return Optional.of(new Result(index, Collections.unmodifiableMap(normalised)));
    }

    /**
     * Maps a Likert mean on 1–5 to 0–100 linearly: 1 → 0, 3 → 50, 5 → 100 ({@code 25 · (mean − 1)}).
     *
     * @throws IllegalArgumentException outside [1, 5]
     */
    public static double likertScore(double mean) {
        if (Double.isNaN(mean) || mean < 1 || mean > 5) {
            throw new IllegalArgumentException("a 1–5 Likert mean must be in [1, 5]: " + mean);
        }
        return 25 * (mean - 1);
    }

    /** {@code 100 · kept / due}, or null when nothing was due. */
    public static @Nullable Double shareScore(long kept, long due) {
        if (kept < 0 || due < 0 || kept > due) {
            throw new IllegalArgumentException("kept " + kept + " of " + due + " is not a share");
        }
        return due == 0 ? null : 100.0 * kept / due;
    }

    /**
     * Escalation score {@code 100 · exp(−escalations / k)}: none → 100, k escalations → 36.8, and every further
     * escalation costs less than the one before (exponential decay, a bounded penalty without a cliff).
     *
     * @param k the escalations that bring the score to 1/e (must be positive)
     */
    public static double escalationScore(long escalations, double k) {
        if (escalations < 0) {
            throw new IllegalArgumentException("escalations must not be negative: " + escalations);
        }
        if (!(k > 0)) {
            throw new IllegalArgumentException("k must be positive: " + k);
        }
        return 100 * Math.exp(-escalations / k);
    }

    /**
     * An index value.
     *
     * @param index 0–100
     * @param weights the components used with their renormalised weights (sum 1)
     */
    public record Result(double index, Map<HealthComponent, Double> weights) {

        public List<HealthComponent> components() {
            return List.copyOf(weights.keySet());
        }
    }
}
