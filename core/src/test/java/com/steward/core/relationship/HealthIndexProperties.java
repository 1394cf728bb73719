package com.steward.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class HealthIndexProperties {

    @Provide
    Arbitrary<Map<HealthComponent, Double>> scores() {
        return Arbitraries.doubles()
                .between(0, 100)
                .injectNull(0.3)
                .list()
                .ofSize(HealthComponent.values().length)
                .map(HealthIndexProperties::toMap);
    }

    @Provide
    Arbitrary<Map<HealthComponent, Double>> weights() {
        return Arbitraries.doubles()
                .between(0, 50)
                .list()
                .ofSize(HealthComponent.values().length)
                .map(HealthIndexProperties::toMap);
    }

    private static Map<HealthComponent, Double> toMap(List<Double> values) {
        Map<HealthComponent, Double> out = new EnumMap<>(HealthComponent.class);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                out.put(HealthComponent.values()[i], values.get(i));
            }
        }
        return out;
    }

    @Property
    void theIndexStaysWithinZeroAndHundredAndBetweenItsComponents(
            @ForAll("scores") Map<HealthComponent, Double> scores,
            @ForAll("weights") Map<HealthComponent, Double> weights) {
        HealthIndex.compute(scores, weights).ifPresent(r -> {
            assertThat(r.index()).isBetween(0.0, 100.0);
            double min = r.components().stream().mapToDouble(scores::get).min().orElseThrow();
            double max = r.components().stream().mapToDouble(scores::get).max().orElseThrow();
            assertThat(r.index()).isBetween(min - 1e-9, max + 1e-9);
            assertThat(r.weights().values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-9));
        });
    }

    @Property
    void raisingOneComponentNeverLowersTheIndex(
            @ForAll("scores") Map<HealthComponent, Double> scores,
            @ForAll("weights") Map<HealthComponent, Double> weights,
            @ForAll @IntRange(min = 0, max = 4) int which,
            @ForAll @DoubleRange(min = 0, max = 100) double raise) {
        HealthComponent c = HealthComponent.values()[which];
        if (!scores.containsKey(c)) {
            return;
        }
        Map<HealthComponent, Double> higher = new EnumMap<>(scores);
        higher.put(c, Math.min(100, scores.get(c) + raise));
        var before = HealthIndex.compute(scores, weights);
        var after = HealthIndex.compute(higher, weights);
        before.ifPresent(b -> assertThat(after.orElseThrow().index()).isGreaterThanOrEqualTo(b.index() - 1e-9));
    }

    @Property
    void renormalisingEqualsScalingTheWeights(
            @ForAll("scores") Map<HealthComponent, Double> scores,
            @ForAll("weights") Map<HealthComponent, Double> weights,
            @ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
        Map<HealthComponent, Double> scaled = new EnumMap<>(HealthComponent.class);
        weights.forEach((k, v) -> scaled.put(k, v * factor));
        var a = HealthIndex.compute(scores, weights);
        var b = HealthIndex.compute(scores, scaled);
        assertThat(a.isPresent()).isEqualTo(b.isPresent());
        a.ifPresent(r ->
                assertThat(b.orElseThrow().index()).isCloseTo(r.index(), org.assertj.core.api.Assertions.within(1e-9)));
    }

    @Property
    void likertAndEscalationScoresAreMonotone(
            @ForAll @DoubleRange(min = 1, max = 5) double mean,
            @ForAll @DoubleRange(min = 0, max = 1) double step,
            @ForAll @IntRange(min = 0, max = 1000) int escalations) {
        assertThat(HealthIndex.likertScore(Math.min(5, mean + step)))
                .isGreaterThanOrEqualTo(HealthIndex.likertScore(mean));
        assertThat(HealthIndex.escalationScore(escalations + 1, 3))
                .isLessThan(HealthIndex.escalationScore(escalations, 3))
                .isGreaterThanOrEqualTo(0);
    }
}
