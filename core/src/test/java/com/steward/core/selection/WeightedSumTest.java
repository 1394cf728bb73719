package com.steward.core.selection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedSumTest {

    @Test
    void scoreIsTheWeightAveragedCriterionScore() {
        assertThat(WeightedSum.score(new double[] {60, 40}, new double[] {10, 5}))
                .isCloseTo(8.0, within(1e-12));
    }

    @Test
    void rankingOrdersBestFirstAndTiesShareARank() {
        double[] w = {50, 50};
        double[][] s = {{4, 4}, {8, 6}, {6, 8}, {1, 1}};
        List<WeightedSum.Ranked> ranked = WeightedSum.rank(w, s);
        assertThat(ranked).extracting(WeightedSum.Ranked::option).containsExactly(1, 2, 0, 3);
        assertThat(ranked).extracting(WeightedSum.Ranked::rank).containsExactly(1, 1, 3, 4);
        assertThat(WeightedSum.winner(w, s)).isEqualTo(1);
    }

    @Test
    void rejectsNegativeOrAllZeroWeights() {
        assertThatThrownBy(() -> WeightedSum.score(new double[] {-1, 2}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeightedSum.score(new double[] {0, 0}, new double[] {1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void disagreementUsesTheSampleStandardDeviationAndRange() {
        Disagreement d = Disagreement.of(2, 4, 4, 4, 5, 5, 7, 9);
        assertThat(d.mean()).isEqualTo(5.0);
        // population sd of this classic set is 2; the sample sd is sqrt(32/7)
        assertThat(d.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(d.range()).isEqualTo(7.0);
        assertThat(d.disputed(3)).isTrue();
        assertThat(Disagreement.of(6).disputed(3)).isFalse();
        assertThat(Disagreement.of(6, 8).disputed(3)).isFalse();
        assertThat(Disagreement.of().count()).isZero();
    }

    @Test
    void movingAWeightKeepsTheTotal() {
        double[] moved = RankStability.moved(new double[] {50, 30, 20}, 0, 1.2);
        assertThat(moved[0]).isCloseTo(60, within(1e-9));
        assertThat(moved[1] + moved[2]).isCloseTo(40, within(1e-9));
        assertThat(moved[1] / moved[2]).isCloseTo(1.5, within(1e-9));
        assertThat(RankStability.moved(new double[] {100, 0}, 0, 1.2)).isNull();
    }

    @Test
    void aCloseRaceIsSensitiveToTheWeightThatSeparatesIt() {
        // A wins on price by a little; B is better on quality. +20% on quality flips the winner.
        double[] w = {55, 45};
        double[][] s = {{9, 5}, {6, 8.5}};
        RankStability.Result r = RankStability.analyse(w, s);
        assertThat(r.baseWinner()).isZero();
        assertThat(r.moves()).hasSize(4);
        assertThat(r.winnerChanges()).isEqualTo(2); // price down, quality up
        assertThat(r.stableShare()).isEqualTo(0.5);
        assertThat(r.sensitiveCriteria()).containsExactly(0, 1);
    }

    @Test
    void aDominantOptionIsFullyStable() {
        double[] w = {10, 20, 30, 40};
        double[][] s = {{5, 5, 5, 5}, {9, 8, 7, 6}, {1, 2, 3, 4}};
        RankStability.Result r = RankStability.analyse(w, s);
        assertThat(r.baseWinner()).isEqualTo(1);
        assertThat(r.winnerChanges()).isZero();
        assertThat(r.stableShare()).isEqualTo(1.0);
    }
}
