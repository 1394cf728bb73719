package com.steward.core.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LikertSummaryTest {

    @Test
    void meanDistributionAndStudentInterval() {
        LikertSummary s = LikertSummary.of(List.of(4, 5, 3, 4, 4));
        assertThat(s.mean()).isEqualTo(4.0);
        assertThat(s.distribution()).containsExactly(0, 0, 1, 3, 1);
        // s = sqrt(2/4) = 0.7071; t(0.975, 4) = 2.7764; half = 2.7764 · 0.7071 / sqrt(5) = 0.8780
        var ci = s.meanInterval95();
        assertThat(ci.low()).isCloseTo(4 - 0.87796, within(1e-4));
        assertThat(ci.high()).isCloseTo(4.87796, within(1e-4));
    }

    @Test
    void intervalIsClippedToTheScaleAndNeedsTwoAnswers() {
        assertThat(LikertSummary.of(List.of(5)).meanInterval95()).isNull();
        assertThat(LikertSummary.of(List.of(5, 5, 4)).meanInterval95().high()).isEqualTo(5.0);
        assertThat(LikertSummary.of(List.of()).mean()).isNaN();
        assertThatThrownBy(() -> LikertSummary.of(List.of(6))).isInstanceOf(IllegalArgumentException.class);
    }
}
