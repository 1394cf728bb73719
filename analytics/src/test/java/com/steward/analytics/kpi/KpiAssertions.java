package com.steward.analytics.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Compares an engine's rows with the plain-Java reference, metric by metric. */
final class KpiAssertions {
    private KpiAssertions() {}

    static void assertMatches(List<KpiRow> rows, Map<List<String>, Map<String, MetricValue>> expected) {
        Map<List<String>, Map<String, MetricValue>> actual = new HashMap<>();
        for (KpiRow row : rows) {
            actual.put(new ArrayList<>(row.keys().values()), row.metrics());
        }
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (var entry : expected.entrySet()) {
            Map<String, MetricValue> got = actual.get(entry.getKey());
            assertThat(got.keySet())
                    .as("metrics of %s", entry.getKey())
                    .isEqualTo(entry.getValue().keySet());
            entry.getValue().forEach((metric, want) -> {
                MetricValue have = got.get(metric);
                String what = metric + " of " + entry.getKey();
                if (KpiCatalogue.byId(metric).shape() == KpiCatalogue.Shape.MEAN) {
                    // The numerator of a mean is its sum rounded to a whole unit; summation order may move a .5.
                    assertThat(have.numerator()).as(what).isCloseTo(want.numerator(), within(1L));
                } else {
                    assertThat(have.numerator()).as(what).isEqualTo(want.numerator());
                }
                assertThat(have.denominator()).as(what).isEqualTo(want.denominator());
                assertThat(have.sampleSize()).as(what).isEqualTo(want.sampleSize());
                if (want.value() == null) {
                    assertThat(have.value()).as(what + " is not reported").isNull();
                    assertThat(have.low()).as(what).isNull();
                    assertThat(have.high()).as(what).isNull();
                    return;
                }
                assertThat(have.value()).as(what).isCloseTo(want.value(), within(1e-9 * (1 + Math.abs(want.value()))));
                if (want.low() == null) {
                    assertThat(have.low()).as(what).isNull();
                } else {
                    assertThat(have.low()).as(what).isCloseTo(want.low(), within(1e-6 * (1 + Math.abs(want.low()))));
                    assertThat(have.high()).as(what).isCloseTo(want.high(), within(1e-6 * (1 + Math.abs(want.high()))));
                }
            });
        }
    }
}
