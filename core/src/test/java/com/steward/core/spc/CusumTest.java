package com.steward.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CusumTest {

    @Test
    void aOneSigmaShiftAccumulatesHalfASigmaPerPoint() {
        // μ₀ = 10, σ = 1, k = 0.5, h = 4: every point 11 adds y − k = 0.5 to C⁺; C⁺₉ = 4.5 > 4 at index 8.
        List<Observation> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            points.add(Observation.individual(11));
        }
        ControlChart chart = Cusum.tabular(points, new Baseline(10, 1), Cusum.DEFAULT_K, Cusum.H4);
        assertThat(chart.points().get(0).statistic()).isCloseTo(0.5, within(1e-12));
        assertThat(chart.points().get(7).statistic()).isCloseTo(4.0, within(1e-12));
        assertThat(chart.points().get(7).signal()).isEqualTo(Signal.NONE);
        assertThat(chart.firstSignal()).hasValue(8);
        assertThat(chart.points().get(8).signal()).isEqualTo(Signal.HIGH);
    }

    @Test
    void aDropSignalsLowAndIsPlottedBelowZero() {
        // σᵢ = √(0.16/100) = 0.04; 0.70 is 2.5σ below: C⁻ grows by 2 per point → 2, 4, 6 > 5 at index 2.
        List<Observation> points = List.of(
                Observation.proportion(70, 100), Observation.proportion(70, 100), Observation.proportion(70, 100));
        ControlChart chart = Cusum.tabular(points, Baseline.ofProportion(0.8), 0.5, Cusum.H5);
        assertThat(chart.points().get(1).statistic()).isCloseTo(-4, within(1e-9));
        assertThat(chart.firstSignal()).hasValue(2);
        assertThat(chart.points().get(2).signal()).isEqualTo(Signal.LOW);
    }
}
