package com.steward.core.spc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SpcProperties {

    @Property
    void aConstantMeanSeriesNeverSignals(
            @ForAll @DoubleRange(min = -1e6, max = 1e6) double value,
            @ForAll @LongRange(min = 1, max = 100_000) long n,
            @ForAll @IntRange(min = 2, max = 60) int length,
            @ForAll @DoubleRange(min = 0.05, max = 1) double lambda) {
        List<Observation> points = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            points.add(new Observation(value, n));
        }
        ControlChart chart = Ewma.means(points, new EwmaParameters(lambda, 3), Math.min(length, 8));
        assertThat(chart.signals()).isEmpty();
        ControlChart cusum = Cusum.means(points, Math.min(length, 8), Cusum.DEFAULT_K, Cusum.H5);
        assertThat(cusum.signals()).isEmpty();
    }

    @Property
    void aConstantInControlProportionNeverSignals(
            @ForAll @IntRange(min = 1, max = 999) int permille,
            @ForAll @IntRange(min = 1, max = 50) int multiple,
            @ForAll @IntRange(min = 1, max = 60) int length) {
        long n = 1000L * multiple;
        List<Observation> points = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            points.add(Observation.proportion((long) permille * multiple, n));
        }
        assertThat(Ewma.proportions(points, EwmaParameters.DEFAULT, Math.min(length, 8))
                        .signals())
                .isEmpty();
    }

    @Property
    void limitsWidenWithEachPointUntilTheyLevelOff(@ForAll @IntRange(min = 2, max = 80) int length) {
        List<Observation> points = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            points.add(Observation.individual(0));
        }
        List<ControlPoint> chart =
                Ewma.means(points, EwmaParameters.DEFAULT, new Baseline(0, 1)).points();
        for (int i = 1; i < chart.size(); i++) {
            assertThat(chart.get(i).ucl())
                    .isGreaterThanOrEqualTo(chart.get(i - 1).ucl());
            assertThat(chart.get(i).ucl()).isLessThanOrEqualTo(1.0 + 1e-12);
        }
    }
}
