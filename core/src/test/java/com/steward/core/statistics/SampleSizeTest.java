package com.steward.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class SampleSizeTest {

    @Test
    void matchesRsPowerPropTest() {
        // Published reference: R's documented example power.prop.test(p1 = .50, p2 = .75, power = .90)
        // gives n = 76.65 per group. By hand: p̄ = 0.625; (1.95996·√0.46875 + 1.28155·√0.4375)² / 0.0625
        //   = (1.34190 + 0.84766)² / 0.0625 = 4.79415 / 0.0625 = 76.706
        assertThat(SampleSize.twoProportionsExact(0.50, 0.75, ProportionIntervals.Z_95, 1.2815515655446004))
                .isCloseTo(76.65, within(0.1));
    }

    @Test
    void eightyPercentPowerForFiveVersusFourTenths() {
        // (1.95996·√(2·0.45·0.55) + 0.84162·√(0.25 + 0.24))² / 0.01 = (1.37897 + 0.58913)² / 0.01 = 387.3 → 388
        assertThat(SampleSize.twoProportions(0.5, 0.4)).isEqualTo(388);
    }

    @Test
    void twoMeansIsWithinOneObservationOfRsPowerTTest() {
        // Published reference: power.t.test(delta = 1, sd = 1, power = .90) gives n = 22.02110 per group
        // (exact noncentral t). Normal formula: 2·(1.95996 + 1.28155)² = 21.01, + Guenther 1.96²/4 = 0.96 → 21.97.
        assertThat(SampleSize.twoMeansExact(1, 1, 1, ProportionIntervals.Z_95, 1.2815515655446004))
                .isCloseTo(22.02110, within(0.1));
    }

    @Test
    void marginSampleSizeUsesTheUnpooledVariance() {
        // p = 0.80 vs 0.80, margin 0.05 away: (1.95996 + 0.84162)²·(0.16 + 0.16) / 0.0025 = 7.84887·128 = 1004.7
        assertThat(SampleSize.proportionsAgainstMargin(0.8, 0.8, 0.05)).isEqualTo(1005);
        // one proportion 0.06 against 0.08: 7.84887·0.0564 / 0.0004 = 1106.7
        assertThat(SampleSize.oneProportion(0.06, 0.02)).isEqualTo(1107);
    }

    @Property
    void smallerDifferencesNeedMoreContacts(
            @ForAll @DoubleRange(min = 0.05, max = 0.9) double p,
            @ForAll @DoubleRange(min = 0.01, max = 0.04) double d) {
        assertThat(SampleSize.twoProportions(p, p + d)).isGreaterThanOrEqualTo(SampleSize.twoProportions(p, p + 2 * d));
    }
}
