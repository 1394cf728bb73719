package com.steward.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import java.util.List;

/** Asserts that two engines' results are the same: keys, metric ids, counts exact, doubles within 1e-9. */
final class EngineParity {
    static final double TOLERANCE = 1e-9;

    private EngineParity() {}

    /** Returns the number of metric values compared. */
    static int assertSame(List<KpiRow> expected, List<KpiRow> actual, String what) {
        assertThat(actual).as(what + ": row count").hasSize(expected.size());
        int compared = 0;
        for (int i = 0; i < expected.size(); i++) {
            KpiRow e = expected.get(i);
            KpiRow a = actual.get(i);
            assertThat(a.keys()).as(what + ": keys of row " + i).isEqualTo(e.keys());
            assertThat(a.metrics().keySet())
                    .as(what + ": metrics of " + e.keys())
                    .containsExactlyElementsOf(e.metrics().keySet());
            for (String id : e.metrics().keySet()) {
                MetricValue x = e.metric(id);
                MetricValue y = a.metric(id);
                String at = what + ": " + id + " at " + e.keys();
                assertThat(y.numerator()).as(at + " numerator").isEqualTo(x.numerator());
                assertThat(y.denominator()).as(at + " denominator").isEqualTo(x.denominator());
                assertThat(y.sampleSize()).as(at + " sample size").isEqualTo(x.sampleSize());
                close(x.value(), y.value(), at + " value");
                close(x.low(), y.low(), at + " low");
                close(x.high(), y.high(), at + " high");
                compared++;
            }
        }
        return compared;
    }

    private static void close(Double expected, Double actual, String what) {
        if (expected == null || actual == null) {
            assertThat(actual).as(what).isEqualTo(expected);
        } else if (expected.isNaN()) {
            assertThat(actual).as(what).isNaN();
        } else {
            // Sums of doubles are added in a different order by each engine: compare relative to the magnitude.
            double allowed = TOLERANCE * Math.max(1, Math.abs(expected));
            assertThat(Math.abs(actual - expected))
                    .as(what + ": " + actual + " vs " + expected)
                    .isLessThanOrEqualTo(allowed);
        }
    }
}
