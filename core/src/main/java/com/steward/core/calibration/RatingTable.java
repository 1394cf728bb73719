package com.steward.core.calibration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Targets × raters scores, {@code NaN} where a rater did not score a target. Built from ratings with
 * {@link #of(List)}, which rejects what would make the reliability figures wrong: a rater scoring a target twice,
 * fewer than two raters, a target no rater scored.
 *
 * @param targets target names, row order
 * @param raters rater names, column order
 * @param scores {@code scores[target][rater]}, {@code NaN} when missing
 */
public record RatingTable(List<String> targets, List<String> raters, double[][] scores) {

    public RatingTable {
        targets = List.copyOf(targets);
        raters = List.copyOf(raters);
        if (raters.size() < 2) {
            throw new IllegalArgumentException(
                    "reliability needs at least two raters; got " + raters.size() + " " + raters);
        }
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("reliability needs at least one target");
        }
        if (scores.length != targets.size()) {
            throw new IllegalArgumentException(
                    "scores has " + scores.length + " rows for " + targets.size() + " targets");
        }
        double[][] copy = new double[scores.length][];
        for (int i = 0; i < scores.length; i++) {
            if (scores[i].length != raters.size()) {
                throw new IllegalArgumentException(
                        "scores row " + i + " has " + scores[i].length + " columns for " + raters.size() + " raters");
            }
            copy[i] = scores[i].clone();
            boolean any = false;
            for (double s : copy[i]) {
                if (Double.isInfinite(s)) {
                    throw new IllegalArgumentException("target " + targets.get(i) + " has an infinite score");
                }
                any |= !Double.isNaN(s);
            }
            if (!any) {
                throw new IllegalArgumentException("target " + targets.get(i) + " has no score from any rater");
            }
        }
        scores = copy;
    }

    /**
     * The table of the given ratings, targets and raters in order of first appearance.
     *
     * @throws DuplicateRatingException when a rater scored a target twice
     * @throws IllegalArgumentException with fewer than two raters, or a target nobody scored
     */
    public static RatingTable of(List<Rating> ratings) {
        Map<String, Integer> targetIndex = new LinkedHashMap<>();
        Map<String, Integer> raterIndex = new LinkedHashMap<>();
        for (Rating r : ratings) {
            targetIndex.putIfAbsent(r.target(), targetIndex.size());
            raterIndex.putIfAbsent(r.rater(), raterIndex.size());
        }
        double[][] scores = new double[targetIndex.size()][raterIndex.size()];
        boolean[][] seen = new boolean[targetIndex.size()][raterIndex.size()];
        for (double[] row : scores) {
            Arrays.fill(row, Double.NaN);
        }
        for (Rating r : ratings) {
            int t = Objects.requireNonNull(targetIndex.get(r.target()));
            int j = Objects.requireNonNull(raterIndex.get(r.rater()));
            if (seen[t][j]) {
                throw DuplicateRatingException.of(r.target(), r.rater());
            }
            seen[t][j] = true;
            if (r.score() != null) {
                scores[t][j] = r.score();
            }
        }
        return new RatingTable(new ArrayList<>(targetIndex.keySet()), new ArrayList<>(raterIndex.keySet()), scores);
    }

    /** The scores of targets every rater scored (the complete cases), row order kept. */
    public double[][] completeRows() {
        List<double[]> rows = new ArrayList<>();
        for (double[] row : scores) {
            if (Arrays.stream(row).noneMatch(Double::isNaN)) {
                rows.add(row.clone());
            }
        }
        return rows.toArray(double[][]::new);
    }

    /** How many targets miss at least one rater's score (dropped by the ICC, which needs complete targets). */
    public int incompleteTargets() {
        return scores.length - completeRows().length;
    }

    /** The score of {@code target} by {@code rater}, {@code NaN} when missing. */
    public double score(int target, int rater) {
        return scores[target][rater];
    }
}
