package com.steward.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class SelectionProperties {

    /** A weight vector (positive sum) and a score matrix of 1–5 options on the same criteria, 0–10. */
    record Case(double[] weights, double[][] scores) {}

    @Provide
    Arbitrary<Case> cases() {
        return Arbitraries.integers()
                .between(1, 8)
                .flatMap(criteria -> Arbitraries.integers()
                        .between(1, 5)
                        .flatMap(options -> Combinators.combine(
                                        Arbitraries.doubles()
                                                .between(0, 100)
                                                .array(double[].class)
                                                .ofSize(criteria)
                                                .filter(w -> Arrays.stream(w).sum() > 1),
                                        Arbitraries.doubles()
                                                .between(0, 10)
                                                .array(double[].class)
                                                .ofSize(criteria)
                                                .array(double[][].class)
                                                .ofSize(options))
                                .as(Case::new)));
    }

    @Property(tries = 200)
    void aWeightedScoreLiesBetweenTheOptionsLowestAndHighestCriterionScore(@ForAll("cases") Case c) {
        for (double[] row : c.scores()) {
            double score = WeightedSum.score(c.weights(), row);
            assertThat(score)
                    .isBetween(
                            Arrays.stream(row).min().orElseThrow() - 1e-9,
                            Arrays.stream(row).max().orElseThrow() + 1e-9);
        }
    }

    @Property(tries = 200)
    void scalingEveryWeightLeavesTheRankingAlone(
            @ForAll("cases") Case c, @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
        double[] scaled = Arrays.stream(c.weights()).map(w -> w * factor).toArray();
        List<Integer> before = WeightedSum.rank(c.weights(), c.scores()).stream()
                .map(WeightedSum.Ranked::rank)
                .toList();
        List<Integer> after = WeightedSum.rank(scaled, c.scores()).stream()
                .map(WeightedSum.Ranked::rank)
                .toList();
        assertThat(after).isEqualTo(before);
    }

    @Property(tries = 200)
    void movedWeightsKeepTheirTotalAndStayNonNegative(
            @ForAll("cases") Case c, @ForAll @DoubleRange(min = 0.5, max = 1.5) double factor) {
        double total = Arrays.stream(c.weights()).sum();
        for (int j = 0; j < c.weights().length; j++) {
            double[] moved = RankStability.moved(c.weights(), j, factor);
            if (moved != null) {
                assertThat(Arrays.stream(moved).sum()).isCloseTo(total, within(1e-6 * total));
                assertThat(Arrays.stream(moved).min().orElseThrow()).isGreaterThanOrEqualTo(0);
            }
        }
    }

    @Property(tries = 200)
    void anOptionBetterOnEveryCriterionNeverLosesUnderAnyMove(
            @ForAll("cases") Case c, @ForAll @DoubleRange(min = 0.1, max = 2) double lead) {
        double[][] scores = Arrays.stream(c.scores()).map(double[]::clone).toArray(double[][]::new);
        double[] dominant = new double[c.weights().length];
        for (int j = 0; j < dominant.length; j++) {
            for (double[] row : scores) {
                dominant[j] = Math.max(dominant[j], row[j]);
            }
            dominant[j] += lead;
        }
        double[][] withDominant = Arrays.copyOf(scores, scores.length + 1);
        withDominant[scores.length] = dominant;
        RankStability.Result r = RankStability.analyse(c.weights(), withDominant);
        assertThat(r.baseWinner()).isEqualTo(scores.length);
        assertThat(r.winnerChanges()).isZero();
        assertThat(r.stableShare()).isEqualTo(1.0);
    }

    @Property(tries = 200)
    void stabilityIsAShareAndCountsTwoMovesPerWeightedCriterionAtMost(@ForAll("cases") Case c) {
        RankStability.Result r = RankStability.analyse(c.weights(), c.scores());
        long weighted = Arrays.stream(c.weights()).filter(w -> w > 0).count();
        assertThat(r.moves().size()).isLessThanOrEqualTo((int) (2 * weighted));
        assertThat(r.stableShare()).isBetween(0.0, 1.0);
        assertThat(r.winnerChanges()).isLessThanOrEqualTo(r.moves().size());
    }

    @Property(tries = 200)
    void disagreementIgnoresAShiftOfEveryScoreAndIsZeroForUnanimity(
            @ForAll @IntRange(min = 1, max = 9) int n, @ForAll @DoubleRange(min = -5, max = 5) double shift) {
        double[] scores = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = (i * 37 % 11) * 0.9;
        }
        double[] shifted = Arrays.stream(scores).map(x -> x + shift).toArray();
        Disagreement a = Disagreement.of(scores);
        Disagreement b = Disagreement.of(shifted);
        assertThat(b.standardDeviation()).isCloseTo(a.standardDeviation(), within(1e-9));
        assertThat(b.range()).isCloseTo(a.range(), within(1e-9));
        assertThat(a.standardDeviation()).isGreaterThanOrEqualTo(0);
        double[] same = new double[n];
        Arrays.fill(same, 7);
        assertThat(Disagreement.of(same).range()).isZero();
        assertThat(Disagreement.of(same).standardDeviation()).isZero();
    }
}
