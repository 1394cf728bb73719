package com.steward.core.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The weighted-sum model of multi-criteria decision making (Fishburn, "Additive utilities with
 * incomplete product sets", Operations Research 15, 1967; Triantaphyllou, <i>Multi-Criteria
 * Decision Making Methods: A Comparative Study</i>, 2000, ch. 2).
 *
 * <p>Score of option i = Σ<sub>j</sub> w<sub>j</sub>·s<sub>ij</sub> / Σ<sub>j</sub> w<sub>j</sub>: the
 * weight-averaged criterion score, on the same scale as the criterion scores (Steward uses 0–10).
 * Weights are non-negative with a positive sum; only their proportions matter.
 */
public final class WeightedSum {

    private WeightedSum() {}

    /** One option's place in a ranking. */
    public record Ranked(int option, int rank, double score) {}

    /** The weight-averaged score of one option. */
    public static double score(double[] weights, double[] scores) {
        checkWeights(weights);
        if (scores.length != weights.length) {
            throw new IllegalArgumentException(
                    "scores has " + scores.length + " values for " + weights.length + " weights");
        }
        double total = 0;
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            if (!Double.isFinite(scores[j])) {
                throw new IllegalArgumentException("score " + j + " is not a finite number");
            }
            total += weights[j] * scores[j];
            sum += weights[j];
        }
        return total / sum;
    }

    /**
     * Options ordered best first by weighted score; {@code scores[i][j]} is option i on criterion j.
     * Equal scores share the better rank (competition ranking "1, 1, 3") and keep input order.
     */
    public static List<Ranked> rank(double[] weights, double[][] scores) {
        List<double[]> byScore = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            byScore.add(new double[] {i, score(weights, scores[i])});
        }
        byScore.sort(Comparator.comparingDouble((double[] a) -> -a[1]).thenComparingDouble(a -> a[0]));
        List<Ranked> ranked = new ArrayList<>();
        for (int position = 0; position < byScore.size(); position++) {
            double[] entry = byScore.get(position);
            int rank = position > 0 && sameScore(entry[1], byScore.get(position - 1)[1])
                    ? ranked.get(position - 1).rank()
                    : position + 1;
            ranked.add(new Ranked((int) entry[0], rank, entry[1]));
        }
        return List.copyOf(ranked);
    }

    /** The index of the best option (the first in input order among equal best), or -1 with no options. */
    public static int winner(double[] weights, double[][] scores) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < scores.length; i++) {
            double s = score(weights, scores[i]);
            if (best < 0 || (s > bestScore && !sameScore(s, bestScore))) {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    static boolean sameScore(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
    }

    static void checkWeights(double[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("at least one criterion is needed");
        }
        double sum = 0;
        for (double w : weights) {
            if (!Double.isFinite(w) || w < 0) {
                throw new IllegalArgumentException(
                        "weights must be finite and non-negative: " + Arrays.toString(weights));
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("the weights must not all be zero");
        }
    }
}
