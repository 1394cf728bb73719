package com.steward.core.selection;

/**
 * How far evaluators' scores of one option on one criterion spread.
 *
 * <p>Standard deviation is the sample standard deviation s = √(Σ(x − x̄)² / (n − 1)) (0 for a
 * single score); range = max − min. A criterion is <em>disputed</em> when the range reaches a
 * threshold: on a 0–10 scale, evaluators three or more points apart are worth a conversation
 * before the scores are averaged (the "discuss outliers" step of structured panel scoring, e.g.
 * UK Government Commercial Function, <i>Evaluation guidance</i>; a Delphi-style moderation round).
 *
 * @param count how many evaluators scored
 * @param mean the average score (NaN with no scores)
 * @param standardDeviation sample standard deviation, 0 with fewer than two scores
 * @param range max − min, 0 with fewer than two scores
 */
public record Disagreement(int count, double mean, double standardDeviation, double range) {

    /** The default range (points on a 0–10 scale) from which a criterion counts as disputed. */
    public static final double DEFAULT_DISPUTE_RANGE = 3.0;

    public static Disagreement of(double... scores) {
        int n = scores.length;
        if (n == 0) {
            return new Disagreement(0, Double.NaN, 0, 0);
        }
        double sum = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double x : scores) {
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("scores must be finite");
            }
            sum += x;
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Disagreement(1, mean, 0, 0);
        }
        double squares = 0;
        for (double x : scores) {
            squares += (x - mean) * (x - mean);
        }
        return new Disagreement(n, mean, Math.sqrt(squares / (n - 1)), max - min);
    }

    /** Whether the evaluators are at least {@code threshold} points apart. */
    public boolean disputed(double threshold) {
        return count >= 2 && range >= threshold - 1e-9;
    }
}
