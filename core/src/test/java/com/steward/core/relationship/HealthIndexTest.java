package com.steward.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HealthIndexTest {

    static final Map<HealthComponent, Double> WEIGHTS = Map.of(
            HealthComponent.CLIENT_SURVEY, 30.0,
            HealthComponent.VENDOR_SURVEY, 15.0,
            HealthComponent.PROMISES, 25.0,
            HealthComponent.MEETINGS, 15.0,
            HealthComponent.ESCALATIONS, 15.0);

    @Test
    void weightedMeanOfAllFiveComponents() {
        Map<HealthComponent, Double> scores = Map.of(
                HealthComponent.CLIENT_SURVEY, 75.0,
                HealthComponent.VENDOR_SURVEY, 50.0,
                HealthComponent.PROMISES, 80.0,
                HealthComponent.MEETINGS, 100.0,
                HealthComponent.ESCALATIONS, 100 * Math.exp(-1.0 / 3));
        // 0.30·75 + 0.15·50 + 0.25·80 + 0.15·100 + 0.15·71.653 = 22.5 + 7.5 + 20 + 15 + 10.748
        double expected = 22.5 + 7.5 + 20 + 15 + 0.15 * 100 * Math.exp(-1.0 / 3);
        var result = HealthIndex.compute(scores, WEIGHTS).orElseThrow();
        assertThat(result.index()).isCloseTo(expected, within(1e-9));
        assertThat(result.components()).hasSize(5);
        assertThat(result.weights().get(HealthComponent.CLIENT_SURVEY)).isCloseTo(0.30, within(1e-12));
    }

    @Test
    void missingComponentsAreLeftOutAndTheWeightsRenormalised() {
        Map<HealthComponent, Double> scores = new EnumMap<>(HealthComponent.class);
        scores.put(HealthComponent.CLIENT_SURVEY, 100.0);
        scores.put(HealthComponent.MEETINGS, 0.0);
        var result = HealthIndex.compute(scores, WEIGHTS).orElseThrow();
        // 30 / (30 + 15) of 100
        assertThat(result.index()).isCloseTo(100 * 30.0 / 45, within(1e-9));
        assertThat(result.components()).containsExactly(HealthComponent.CLIENT_SURVEY, HealthComponent.MEETINGS);
        assertThat(result.weights().get(HealthComponent.MEETINGS)).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void noDataGivesNoIndex() {
        assertThat(HealthIndex.compute(Map.of(), WEIGHTS)).isEmpty();
        assertThat(HealthIndex.compute(Map.of(HealthComponent.PROMISES, 50.0), Map.of(HealthComponent.PROMISES, 0.0)))
                .isEmpty();
    }

    @Test
    void likertMeansMapOntoZeroToHundred() {
        assertThat(HealthIndex.likertScore(1)).isZero();
        assertThat(HealthIndex.likertScore(3)).isEqualTo(50);
        assertThat(HealthIndex.likertScore(5)).isEqualTo(100);
        assertThat(HealthIndex.likertScore(4.2)).isCloseTo(80, within(1e-9));
        assertThatThrownBy(() -> HealthIndex.likertScore(0.5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void escalationsDecayExponentially() {
        assertThat(HealthIndex.escalationScore(0, 3)).isEqualTo(100);
        assertThat(HealthIndex.escalationScore(3, 3)).isCloseTo(100 / Math.E, within(1e-9));
        assertThatThrownBy(() -> HealthIndex.escalationScore(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HealthIndex.escalationScore(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesAreMissingWhenNothingWasDue() {
        assertThat(HealthIndex.shareScore(0, 0)).isNull();
        assertThat(HealthIndex.shareScore(3, 4)).isEqualTo(75.0);
        assertThatThrownBy(() -> HealthIndex.shareScore(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void scoresOutsideTheScaleAreRefused() {
        assertThatThrownBy(() -> HealthIndex.compute(Map.of(HealthComponent.PROMISES, 101.0), WEIGHTS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HealthIndex.compute(
                        Map.of(HealthComponent.PROMISES, 50.0), Map.of(HealthComponent.PROMISES, -1.0)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
