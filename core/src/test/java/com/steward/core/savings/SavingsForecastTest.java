package com.steward.core.savings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.savings.SavingsForecast.Forecast;
import com.steward.core.savings.SavingsForecast.Observation;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SavingsForecastTest {

    /** Six months of a 12-month term, savings growing by about 1,000 a month with noise. */
    static final List<Observation> SIX = List.of(
            new Observation(1, 4_000),
            new Observation(2, 5_500),
            new Observation(3, 5_800),
            new Observation(4, 7_400),
            new Observation(5, 7_900),
            new Observation(6, 9_300));

    @Test
    void matchesTheMatrixFormOfThePredictionVariance() {
        Forecast f = SavingsForecast.project(SIX, 12, 120_000, 0.9);

        // Independent computation: β̂ = (X'X)⁻¹X'y with the 2×2 inverse written out, the sum of future months as
        // c'β̂ with c = (k, Σx_F), and Var = s²(k + c'(X'X)⁻¹c).
        double n = 6;
        double sx = 0;
        double sxx = 0;
        double sy = 0;
        double sxy = 0;
        for (Observation o : SIX) {
            sx += o.month();
            sxx += o.month() * o.month();
            sy += o.realized();
            sxy += o.month() * o.realized();
        }
        double det = n * sxx - sx * sx;
        double[][] inv = {{sxx / det, -sx / det}, {-sx / det, n / det}};
        double a = inv[0][0] * sy + inv[0][1] * sxy;
        double b = inv[1][0] * sy + inv[1][1] * sxy;
        double sse = 0;
        for (Observation o : SIX) {
            double e = o.realized() - a - b * o.month();
            sse += e * e;
        }
        double s2 = sse / 4;
        double k = 6;
        double sumFutureX = 7 + 8 + 9 + 10 + 11 + 12;
        double[] c = {k, sumFutureX};
        double quad = c[0] * (inv[0][0] * c[0] + inv[0][1] * c[1]) + c[1] * (inv[1][0] * c[0] + inv[1][1] * c[1]);
        double se = Math.sqrt(s2 * (k + quad));
        double total = sy + c[0] * a + c[1] * b;
        double t90 = 2.131846786; // Student t, 4 df, 0.95 quantile (tables)

        assertThat(f.intercept()).isCloseTo(a, within(1e-6));
        assertThat(f.slope()).isCloseTo(b, within(1e-6));
        assertThat(f.degreesOfFreedom()).isEqualTo(4);
        assertThat(f.realizedToDate()).isEqualTo(39_900);
        assertThat(f.projectedTotal()).isCloseTo(total, within(1e-6));
        assertThat(f.low()).isCloseTo(total - t90 * se, within(1e-3));
        assertThat(f.high()).isCloseTo(total + t90 * se, within(1e-3));
        assertThat(f.months()).extracting(Observation::month).containsExactly(7, 8, 9, 10, 11, 12);
        assertThat(f.months().getFirst().realized()).isCloseTo(a + 7 * b, within(1e-6));
    }

    @Test
    void probabilityIsOneHalfAtTheProjectionAndFollowsTheTDistribution() {
        Forecast centre = SavingsForecast.project(SIX, 12, 0, 0.9);
        Forecast atProjection = SavingsForecast.project(SIX, 12, centre.projectedTotal(), 0.9);
        assertThat(atProjection.probabilityOfReachingTarget()).isCloseTo(0.5, within(1e-9));

        // the lower end of a 90% interval is the 5% quantile: reaching it has probability 0.95
        Forecast atLow = SavingsForecast.project(SIX, 12, centre.low(), 0.9);
        assertThat(atLow.probabilityOfReachingTarget()).isCloseTo(0.95, within(1e-6));
    }

    @Test
    void aPerfectTrendHasNoUncertainty() {
        List<Observation> line = List.of(new Observation(1, 100), new Observation(2, 200), new Observation(3, 300));
        Forecast f = SavingsForecast.project(line, 5, 1_500, 0.95);
        assertThat(f.projectedTotal()).isCloseTo(1_500, within(1e-9));
        assertThat(f.low()).isEqualTo(f.high());
        assertThat(f.probabilityOfReachingTarget()).isEqualTo(1.0);
        assertThat(SavingsForecast.project(line, 5, 1_501, 0.95).probabilityOfReachingTarget())
                .isZero();
    }

    @Test
    void withAPlanTheTrendIsThatOfTheGapToPlan() {
        // a transition dip in the plan; the vendor realizes the plan less 1,000 every month
        List<Double> plan = List.of(-60_000.0, 30_000.0, 34_000.0, 34_000.0, 34_000.0, 34_000.0);
        List<Observation> observed =
                List.of(new Observation(1, -61_000), new Observation(2, 29_000), new Observation(3, 33_000));
        Forecast f = SavingsForecast.project(observed, plan, 100_000, 0.9);
        assertThat(f.intercept()).isCloseTo(-1_000, within(1e-6));
        assertThat(f.slope()).isCloseTo(0, within(1e-9));
        assertThat(f.months()).extracting(Observation::realized).containsExactly(33_000.0, 33_000.0, 33_000.0);
        assertThat(f.projectedTotal()).isCloseTo(-61_000 + 29_000 + 33_000 + 3 * 33_000, within(1e-6));
        assertThat(f.probabilityOfReachingTarget()).isEqualTo(1.0);

        // the plain trend of the raw savings would extrapolate the recovery from the dip instead
        Forecast raw = SavingsForecast.project(observed, 6, 100_000, 0.9);
        assertThat(raw.projectedTotal()).isGreaterThan(f.projectedTotal() + 100_000);
    }

    @Test
    void aNoisyPlanGapMatchesTheMatrixFormToo() {
        List<Double> plan = List.of(1_000.0, 2_000.0, 3_000.0, 4_000.0, 5_000.0, 6_000.0, 7_000.0, 8_000.0);
        List<Observation> observed = new ArrayList<>();
        double[] gaps = {-300, 150, -500, 200, -100};
        for (int m = 1; m <= gaps.length; m++) {
            observed.add(new Observation(m, plan.get(m - 1) + gaps[m - 1]));
        }
        Forecast f = SavingsForecast.project(observed, plan, 30_000, 0.95);
        Forecast onGaps = SavingsForecast.project(
                observed.stream()
                        .map(o -> new Observation(o.month(), o.realized() - plan.get(o.month() - 1)))
                        .toList(),
                8,
                30_000 - plan.stream().mapToDouble(Double::doubleValue).sum(),
                0.95);
        // the same model shifted by the plan: totals differ by Σ plan, the spread and the probability are equal
        assertThat(f.projectedTotal() - onGaps.projectedTotal()).isCloseTo(36_000, within(1e-6));
        assertThat(f.high() - f.low()).isCloseTo(onGaps.high() - onGaps.low(), within(1e-6));
        assertThat(f.probabilityOfReachingTarget()).isCloseTo(onGaps.probabilityOfReachingTarget(), within(1e-12));
    }

    @Test
    void gapsInTheObservedMonthsAreForecastToo() {
        List<Observation> gappy = List.of(new Observation(1, 10), new Observation(3, 30), new Observation(4, 40));
        Forecast f = SavingsForecast.project(gappy, 4, 0, 0.9);
        assertThat(f.months()).extracting(Observation::month).containsExactly(2);
        assertThat(f.projectedTotal()).isCloseTo(100, within(1e-9));
    }

    @Test
    void refusesTooFewOrDuplicateOrOutOfTermMonths() {
        assertThatThrownBy(() -> SavingsForecast.project(SIX.subList(0, 2), 12, 0, 0.9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 3");
        assertThatThrownBy(() -> SavingsForecast.project(
                        List.of(new Observation(1, 1), new Observation(1, 2), new Observation(2, 3)), 12, 0, 0.9))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> SavingsForecast.project(SIX, 5, 0, 0.9)).hasMessageContaining("after the term");
    }

    @Property(tries = 200)
    void probabilityFallsAsTheTargetRisesAndTheIntervalHoldsTheProjection(
            @ForAll @IntRange(min = 3, max = 11) int observed,
            @ForAll @DoubleRange(min = -5_000, max = 5_000) double slope,
            @ForAll @DoubleRange(min = 1, max = 3_000) double noise,
            @ForAll @DoubleRange(min = 0, max = 200_000) double target) {
        List<Observation> months = new ArrayList<>();
        for (int m = 1; m <= observed; m++) {
            // deterministic zig-zag noise so the residuals are never all zero
            months.add(new Observation(m, 10_000 + slope * m + (m % 2 == 0 ? noise : -noise)));
        }
        Forecast lower = SavingsForecast.project(months, 12, target, 0.9);
        Forecast higher = SavingsForecast.project(months, 12, target + 1_000, 0.9);
        assertThat(lower.probabilityOfReachingTarget()).isBetween(0.0, 1.0);
        assertThat(higher.probabilityOfReachingTarget()).isLessThanOrEqualTo(lower.probabilityOfReachingTarget());
        assertThat(lower.low()).isLessThanOrEqualTo(lower.projectedTotal());
        assertThat(lower.high()).isGreaterThanOrEqualTo(lower.projectedTotal());
        Forecast wider = SavingsForecast.project(months, 12, target, 0.99);
        assertThat(wider.high() - wider.low()).isGreaterThanOrEqualTo(lower.high() - lower.low());
    }
}
