package com.steward.core.selection;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How stable the winner of a weighted-sum ranking is when the weights move: a one-at-a-time
 * sensitivity analysis (Triantaphyllou &amp; Sánchez, "A sensitivity analysis approach for some
 * deterministic multi-criteria decision-making methods", <i>Decision Sciences</i> 28(1), 1997).
 *
 * <p>For each criterion j with a positive weight, and each direction ±: w<sub>j</sub>' =
 * w<sub>j</sub>(1 ± δ) (δ = 0.2 by default), and every other weight is rescaled by
 * (W − w<sub>j</sub>')/(W − w<sub>j</sub>) so that the total W stays the same (100 in Steward). The
 * winner under each moved set is compared with the winner under the original weights; the share of
 * moves that keep the winner is the stability. A criterion that holds the entire weight cannot be
 * moved (nothing to renormalise against) and is skipped.
 */
public final class RankStability {

    /** The default relative move of one weight. */
    public static final double DEFAULT_SHIFT = 0.2;

    private RankStability() {}

    /** One moved weight set and the winner under it. */
    public record Move(int criterion, boolean up, double[] weights, int winner, boolean winnerChanged) {}

    /**
     * The analysis.
     *
     * @param baseWinner the winner under the original weights (-1 with no options)
     * @param moves every tried move, criterion by criterion, down before up
     * @param winnerChanges how many moves changed the winner
     */
    public record Result(int baseWinner, List<Move> moves, int winnerChanges) {

        public Result {
            moves = List.copyOf(moves);
        }

        /** Share of moves that keep the winner, 1 when nothing could be moved. */
        public double stableShare() {
            return moves.isEmpty() ? 1 : 1 - (double) winnerChanges / moves.size();
        }

        /** Criteria whose move (either way) changes the winner, in criterion order, each once. */
        public List<Integer> sensitiveCriteria() {
            return moves.stream()
                    .filter(Move::winnerChanged)
                    .map(Move::criterion)
                    .distinct()
                    .toList();
        }
    }

    public static Result analyse(double[] weights, double[][] scores) {
        return analyse(weights, scores, DEFAULT_SHIFT);
    }

    public static Result analyse(double[] weights, double[][] scores, double shift) {
        WeightedSum.checkWeights(weights);
        if (!(shift > 0 && shift < 1)) {
            throw new IllegalArgumentException("shift must be in (0, 1): " + shift);
        }
        int base = WeightedSum.winner(weights, scores);
        List<Move> moves = new ArrayList<>();
        int changes = 0;
        for (int j = 0; j < weights.length; j++) {
            if (weights[j] <= 0) {
                continue;
            }
            for (boolean up : new boolean[] {false, true}) {
                double[] moved = moved(weights, j, up ? 1 + shift : 1 - shift);
                if (moved == null) {
                    continue;
                }
                int winner = WeightedSum.winner(moved, scores);
                boolean changed = winner != base;
                if (changed) {
                    changes++;
                }
                moves.add(new Move(j, up, moved, winner, changed));
            }
        }
        return new Result(base, moves, changes);
    }

    /**
     * Weight j multiplied by {@code factor}, the others rescaled to keep the total; null when j
     * holds the whole weight or the move would leave the others a negative total.
     */
    public static double @Nullable [] moved(double[] weights, int j, double factor) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double rest = total - weights[j];
        double target = weights[j] * factor;
        if (rest <= 1e-12 || target > total) {
            return null;
        }
        double scale = (total - target) / rest;
        double[] moved = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            moved[k] = k == j ? target : weights[k] * scale;
        }
        return moved;
    }
}
