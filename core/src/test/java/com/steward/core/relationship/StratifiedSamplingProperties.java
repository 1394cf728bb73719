package com.steward.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class StratifiedSamplingProperties {

    private static Map<String, Integer> sizes(List<Integer> counts) {
        Map<String, Integer> sizes = new TreeMap<>();
        for (int i = 0; i < counts.size(); i++) {
            sizes.put(String.format("s%02d", i), counts.get(i));
        }
        return sizes;
    }

    @Property
    void allocationsSumToTheSampleSizeAndFitTheirStrata(
            @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 0, max = 200) Integer> counts,
            @ForAll @IntRange(min = 0, max = 400) int n) {
        Map<String, Integer> sizes = sizes(counts);
        int population = counts.stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> out = StratifiedSampling.allocate(sizes, n);
        assertThat(out.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(Math.min(n, population));
        sizes.forEach((k, size) -> assertThat(out.get(k)).isBetween(0, size));
        long nonEmpty = counts.stream().filter(c -> c > 0).count();
        if (n >= nonEmpty) {
            sizes.forEach((k, size) -> {
                if (size > 0) {
                    assertThat(out.get(k)).isGreaterThanOrEqualTo(1);
                }
            });
        }
    }

    @Property
    void withoutTheMinimumEachStratumIsWithinOneOfItsProportionalQuota(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 200) Integer> counts,
            @ForAll @IntRange(min = 0, max = 7) int n) {
        // n below the number of strata: pure Hamilton rounding of n · N_h / N.
        if (n >= counts.size()) {
            return;
        }
        Map<String, Integer> sizes = sizes(counts);
        int population = counts.stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> out = StratifiedSampling.allocate(sizes, n);
        sizes.forEach((k, size) -> {
            double quota = (double) n * size / population;
            assertThat((double) out.get(k)).isBetween(Math.floor(quota), Math.ceil(quota));
        });
    }

    @Property
    void aLargerStratumNeverGetsFewerUnits(
            @ForAll @Size(min = 2, max = 10) List<@IntRange(min = 1, max = 300) Integer> counts,
            @ForAll @IntRange(min = 0, max = 500) int n) {
        Map<String, Integer> sizes = sizes(counts);
        Map<String, Integer> out = StratifiedSampling.allocate(sizes, n);
        for (String a : sizes.keySet()) {
            for (String b : sizes.keySet()) {
                if (sizes.get(a) > sizes.get(b)) {
                    assertThat(out.get(a)).isGreaterThanOrEqualTo(out.get(b));
                }
            }
        }
    }
}
