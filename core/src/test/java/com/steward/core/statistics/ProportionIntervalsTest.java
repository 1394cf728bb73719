package com.steward.core.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProportionIntervalsTest {

    @Test
    void wilsonIntervalMatchesAHandComputedValue() {
        // 8 of 10, z = 1.96: centre = (0.8 + 0.19208) / 1.38416 = 0.716738;
        // half = 1.96·√(0.016 + 0.009604) / 1.38416 = 1.96·0.160012 / 1.38416 = 0.226581
        Interval i = ProportionIntervals.wilson(8, 10, 1.96);
        assertThat(i.estimate()).isEqualTo(0.8);
        assertThat(i.low()).isCloseTo(0.490157, within(1e-5));
        assertThat(i.high()).isCloseTo(0.943319, within(1e-5));
    }

    @Test
    void wilsonIntervalOfZeroSuccessesStartsAtZero() {
        // 0 of 20, z = 1.96: high = z² / (n + z²) = 3.8416 / 23.8416 = 0.161130
        Interval i = ProportionIntervals.wilson95(0, 20);
        assertThat(i.low()).isZero();
        assertThat(i.high()).isCloseTo(0.16113, within(1e-4));
    }

    @Test
    void rejectsMoreSuccessesThanTrials() {
        assertThatThrownBy(() -> ProportionIntervals.wilson95(11, 10)).hasMessageContaining("successes");
        assertThatThrownBy(() -> ProportionIntervals.wilson95(0, 0)).hasMessageContaining("trials");
    }

    @Test
    void netPromoterScoreIsPromotersMinusDetractors() {
        Interval nps = ProportionIntervals.netPromoterScore95(50, 20, 100);
        assertThat(nps.estimate()).isCloseTo(30, within(1e-9));
        // variance = (0.5 + 0.2 − 0.09)/100 = 0.0061, half-width = 1.96·0.0781 = 0.15308
        assertThat(nps.high() - nps.estimate()).isCloseTo(15.308, within(0.01));
    }
}
