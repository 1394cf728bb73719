package com.steward.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratifiedSamplingTest {

    record Unit(String id, String stratum) {}

    @Test
    void proportionalAllocationWithLargestRemainders() {
        // N = 100: a 50, b 30, c 20; n = 10 → one each, then 7 by the remaining 49/29/19 of 97:
        // quotas 3.536, 2.093, 1.371 → floors 3, 2, 1 (6), the largest remainder (a, .536) gets the 7th.
        Map<String, Integer> sizes = Map.of("a", 50, "b", 30, "c", 20);
        assertThat(StratifiedSampling.allocate(sizes, 10))
                .containsExactly(Map.entry("a", 5), Map.entry("b", 3), Map.entry("c", 2));
    }

    @Test
    void everyNonEmptyStratumGetsOneWhenTheSizeAllows() {
        Map<String, Integer> sizes = Map.of("big", 97, "x", 1, "y", 1, "z", 1, "empty", 0);
        Map<String, Integer> out = StratifiedSampling.allocate(sizes, 5);
        assertThat(out)
                .containsEntry("x", 1)
                .containsEntry("y", 1)
                .containsEntry("z", 1)
                .containsEntry("big", 2)
                .containsEntry("empty", 0);
    }

    @Test
    void fewerUnitsThanStrataGoToTheLargestQuotas() {
        Map<String, Integer> out = StratifiedSampling.allocate(Map.of("a", 10, "b", 5, "c", 3), 2);
        assertThat(out).containsExactly(Map.entry("a", 1), Map.entry("b", 1), Map.entry("c", 0));
    }

    @Test
    void aSampleAsLargeAsThePopulationTakesEveryone() {
        assertThat(StratifiedSampling.allocate(Map.of("a", 2, "b", 3), 9))
                .containsExactly(Map.entry("a", 2), Map.entry("b", 3));
    }

    @Test
    void theSameSeedDrawsTheSameSampleWhateverTheInputOrder() {
        List<Unit> population = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            population.add(new Unit("c" + i, i % 3 == 0 ? "billing|CA" : i % 3 == 1 ? "sales|NY" : "tech|CA"));
        }
        List<Unit> reversed = new ArrayList<>(population);
        java.util.Collections.reverse(reversed);
        List<Unit> first = StratifiedSampling.draw(population, Unit::stratum, Unit::id, 12, 7L);
        List<Unit> second = StratifiedSampling.draw(reversed, Unit::stratum, Unit::id, 12, 7L);
        List<Unit> other = StratifiedSampling.draw(population, Unit::stratum, Unit::id, 12, 8L);
        assertThat(first).hasSize(12).doesNotHaveDuplicates().isEqualTo(second).isNotEqualTo(other);
        Map<String, Long> perStratum = new LinkedHashMap<>();
        first.forEach(u -> perStratum.merge(u.stratum(), 1L, Long::sum));
        assertThat(perStratum)
                .containsOnly(Map.entry("billing|CA", 4L), Map.entry("sales|NY", 4L), Map.entry("tech|CA", 4L));
    }
}
