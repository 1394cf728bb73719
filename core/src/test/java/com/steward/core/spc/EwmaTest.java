package com.steward.core.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EwmaTest {

    @Test
    void meansChartMatchesHandWorkedValues() {
        // μ₀ = 10, σ = 1, λ = 0.2, L = 3; points 11, 9, 12.
        // z₁ = 0.2·11 + 0.8·10 = 10.2,  Var = 0.04,                        half = 3·0.2 = 0.6
        // z₂ = 0.2·9 + 0.8·10.2 = 9.96, Var = 0.04 + 0.64·0.04 = 0.0656,   half = 3·0.256125 = 0.768375
        // z₃ = 0.2·12 + 0.8·9.96 = 10.368, Var = 0.04 + 0.64·0.0656 = 0.081984 (= λ/(2−λ)(1−0.8⁶)), half = 3·0.2863285
        // = 0.8589855
        ControlChart chart = Ewma.means(
                List.of(Observation.individual(11), Observation.individual(9), Observation.individual(12)),
                EwmaParameters.DEFAULT,
                new Baseline(10, 1));
        List<ControlPoint> p = chart.points();
        assertThat(p.get(0).statistic()).isCloseTo(10.2, within(1e-12));
        assertThat(p.get(0).ucl()).isCloseTo(10.6, within(1e-12));
        assertThat(p.get(0).lcl()).isCloseTo(9.4, within(1e-12));
        assertThat(p.get(1).statistic()).isCloseTo(9.96, within(1e-12));
        assertThat(p.get(1).ucl()).isCloseTo(10.768375, within(1e-6));
        assertThat(p.get(2).statistic()).isCloseTo(10.368, within(1e-12));
        assertThat(p.get(2).ucl()).isCloseTo(10.8589855, within(1e-6));
        assertThat(p.get(2).centre()).isEqualTo(10);
        assertThat(chart.signals()).isEmpty();
    }

    @Test
    void limitsApproachTheAsymptoticWidth() {
        // Montgomery eq. 9.26: half-width → Lσ√(λ/(2−λ)) = 3·√(1/9) = 1 for σ = 1, λ = 0.2.
        List<Observation> flat = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            flat.add(Observation.individual(0));
        }
        ControlChart chart = Ewma.means(flat, EwmaParameters.DEFAULT, new Baseline(0, 1));
        assertThat(chart.points().getLast().ucl()).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void proportionsChartSignalsLowOnTheSecondPoorWeek() {
        // p₀ = 0.8, n = 100: σᵢ² = 0.0016. Point 0.7: z₁ = 0.78, Var = 0.000064, LCL = 0.8 − 3·0.008 = 0.776 (no
        // signal). Point 0.7: z₂ = 0.764, Var = 0.00010496, LCL = 0.8 − 3·0.0102450 = 0.769265 → LOW.
        ControlChart chart = Ewma.proportions(
                List.of(Observation.proportion(70, 100), Observation.proportion(70, 100)),
                EwmaParameters.DEFAULT,
                Baseline.ofProportion(0.8));
        assertThat(chart.points().get(0).lcl()).isCloseTo(0.776, within(1e-12));
        assertThat(chart.points().get(0).signal()).isEqualTo(Signal.NONE);
        assertThat(chart.points().get(1).statistic()).isCloseTo(0.764, within(1e-12));
        assertThat(chart.points().get(1).lcl()).isCloseTo(0.769265, within(1e-6));
        assertThat(chart.points().get(1).signal()).isEqualTo(Signal.LOW);
        assertThat(chart.firstSignal()).hasValue(1);
    }

    @Test
    void largerWeeksGetNarrowerLimits() {
        ControlChart chart = Ewma.proportions(
                List.of(Observation.proportion(80, 100), Observation.proportion(800, 1000)),
                new EwmaParameters(1.0, 3),
                Baseline.ofProportion(0.8));
        // λ = 1 is the Shewhart p chart: half = 3√(0.16/n).
        assertThat(chart.points().get(0).ucl() - 0.8).isCloseTo(0.12, within(1e-12));
        assertThat(chart.points().get(1).ucl() - 0.8).isCloseTo(3 * Math.sqrt(0.16 / 1000), within(1e-12));
    }

    @Test
    void baselineFromTheFirstPeriodsPoolsTheProportion() {
        List<Observation> points = List.of(
                Observation.proportion(80, 100), Observation.proportion(90, 100), Observation.proportion(10, 100));
        ControlChart chart = Ewma.proportions(points, EwmaParameters.DEFAULT, 2);
        assertThat(chart.baseline().mean()).isCloseTo(0.85, within(1e-12));
        // weeks 0.80 and 0.90 of 100 each vary more than binomial: Σ nᵢ(pᵢ − p₀)² / (k − 1)
        // = (100·0.05² + 100·0.05²) / 1 = 0.5 > p₀(1 − p₀) = 0.1275, so the quasi-binomial variance 0.5 is used
        assertThat(chart.baseline().variance()).isCloseTo(0.5, within(1e-12));
        assertThat(chart.baselinePeriods()).isEqualTo(2);
        assertThat(chart.points().get(2).signal()).isEqualTo(Signal.LOW);
    }

    @Test
    void aBaselineWithinBinomialNoiseKeepsTheBinomialVariance() {
        // weeks 0.84 and 0.86 of 100: Σ nᵢ(pᵢ − p₀)² / (k − 1) = 0.02 < p₀(1 − p₀) = 0.1275
        Baseline b = Baselines.proportion(List.of(Observation.proportion(84, 100), Observation.proportion(86, 100)), 2);
        assertThat(b.mean()).isCloseTo(0.85, within(1e-12));
        assertThat(b.variance()).isCloseTo(0.85 * 0.15, within(1e-12));
    }

    @Test
    void baselineOfMeansUsesTheSpreadOfThePoints() {
        // means 10 and 12 of 4 observations each: μ₀ = 11, σ² = (4·1 + 4·1) / 1 = 8
        Baseline b = Baselines.mean(List.of(new Observation(10, 4), new Observation(12, 4)), 2);
        assertThat(b.mean()).isEqualTo(11);
        assertThat(b.variance()).isEqualTo(8);
    }

    @Test
    void aTwoSigmaShiftIsDetectedWithinTenPointsInMostSeeds() {
        // ARL₁ of λ = 0.2, L = 3 for a 2σ shift is about 4 (Montgomery Table 9.11); allow 10.
        int detected = 0;
        int falseAlarms = 0;
        int seeds = 200;
        for (int seed = 0; seed < seeds; seed++) {
            Random random = new Random(seed);
            List<Observation> points = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                points.add(Observation.individual(random.nextGaussian()));
            }
            for (int i = 0; i < 10; i++) {
                points.add(Observation.individual(2 + random.nextGaussian()));
            }
            ControlChart chart = Ewma.means(points, EwmaParameters.DEFAULT, new Baseline(0, 1));
            int first = chart.firstSignal().orElse(Integer.MAX_VALUE);
            if (first < 20) {
                falseAlarms++;
            } else if (first < 30) {
                detected++;
            }
        }
        assertThat(detected).isGreaterThanOrEqualTo(seeds * 9 / 10);
        assertThat(falseAlarms).isLessThanOrEqualTo(seeds / 10);
    }

    @Test
    void aTwoSigmaDropOfAProportionIsDetectedWithEstimatedBaseline() {
        int detected = 0;
        int seeds = 100;
        int n = 200;
        double p0 = 0.8;
        double shifted = p0 - 2 * Math.sqrt(p0 * (1 - p0) / n);
        for (int seed = 0; seed < seeds; seed++) {
            Random random = new Random(1000 + seed);
            List<Observation> points = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                points.add(Observation.proportion(binomial(random, n, i < 30 ? p0 : shifted), n));
            }
            ControlChart chart = Ewma.proportions(points, EwmaParameters.DEFAULT, 20);
            int first = chart.firstSignal().orElse(Integer.MAX_VALUE);
            if (first >= 30 && first < 40) {
                detected++;
            }
        }
        assertThat(detected).isGreaterThanOrEqualTo(seeds * 8 / 10);
    }

    @Test
    void rejectsBadDesigns() {
        assertThatThrownBy(() -> new EwmaParameters(0, 3)).hasMessageContaining("lambda");
        assertThatThrownBy(() -> new EwmaParameters(0.2, 0)).hasMessageContaining("width");
        assertThatThrownBy(() -> Observation.proportion(5, 4)).hasMessageContaining("successes");
        assertThatThrownBy(() -> Ewma.means(List.of(Observation.individual(1)), EwmaParameters.DEFAULT, 1))
                .hasMessageContaining("baselinePeriods");
    }

    static long binomial(Random random, int n, double p) {
        long s = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                s++;
            }
        }
        return s;
    }
}
