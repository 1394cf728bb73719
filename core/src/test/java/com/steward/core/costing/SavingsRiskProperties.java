package com.steward.core.costing;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

class SavingsRiskProperties {

    @Property(tries = 30)
    void probabilityOfReachingTheTargetNeverRisesWithTheTarget(
            @ForAll @DoubleRange(min = -0.5, max = 0.5) double target,
            @ForAll @DoubleRange(min = 0, max = 0.2) double raise,
            @ForAll @LongRange(min = 0, max = 1_000) long seed) {
        BusinessCaseInputs base = CostingFixtures.threeYearCase();
        UncertainInputs u = CostingFixtures.threeYearUncertainty();
        double lower = SavingsRisk.simulate(base, "Per minute", u, target, 1_500, seed, 1)
                .probabilityOfReachingTarget();
        double higher = SavingsRisk.simulate(base, "Per minute", u, target + raise, 1_500, seed, 1)
                .probabilityOfReachingTarget();
        assertThat(higher).isLessThanOrEqualTo(lower);
        assertThat(lower).isBetween(0.0, 1.0);
    }

    @Property(tries = 50)
    void triangularSamplesStayWithinTheirBounds(
            @ForAll @DoubleRange(min = -100, max = 100) double low,
            @ForAll @DoubleRange(min = 0, max = 1) double modeShare,
            @ForAll @DoubleRange(min = 0, max = 50) double width,
            @ForAll @LongRange long seed) {
        Distribution d = Distribution.triangular(low, low + modeShare * width, low + width);
        java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
        for (int i = 0; i < 100; i++) {
            assertThat(d.sample(r)).isBetween(low, low + width);
        }
        assertThat(d.quantile(0.1)).isLessThanOrEqualTo(d.quantile(0.9));
    }
}
