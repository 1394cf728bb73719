package com.steward.core.calibration;

import static com.steward.core.calibration.IccForm.ICC1_1;
import static com.steward.core.calibration.IccForm.ICC1_K;
import static com.steward.core.calibration.IccForm.ICC2_1;
import static com.steward.core.calibration.IccForm.ICC2_K;
import static com.steward.core.calibration.IccForm.ICC3_1;
import static com.steward.core.calibration.IccForm.ICC3_K;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class IntraclassCorrelationTest {

    private final IccReport sf = IntraclassCorrelation.of(CalibrationFixtures.shroutFleiss());

    @Test
    void reproducesShroutAndFleissPublishedCoefficients() {
        assertThat(sf.get(ICC1_1).value()).isCloseTo(0.17, within(0.005));
        assertThat(sf.get(ICC2_1).value()).isCloseTo(0.29, within(0.005));
        assertThat(sf.get(ICC3_1).value()).isCloseTo(0.71, within(0.005));
        assertThat(sf.get(ICC1_K).value()).isCloseTo(0.44, within(0.005));
        assertThat(sf.get(ICC2_K).value()).isCloseTo(0.62, within(0.005));
        assertThat(sf.get(ICC3_K).value()).isCloseTo(0.91, within(0.005));
        assertThat(sf.targetsUsed()).isEqualTo(6);
        assertThat(sf.raters()).isEqualTo(4);
        assertThat(sf.targetsDropped()).isZero();
    }

    @Test
    void reproducesShroutAndFleissAnovaMeanSquares() {
        assertThat(sf.anova().betweenTargets()).isCloseTo(11.24, within(0.005));
        assertThat(sf.anova().withinTargets()).isCloseTo(6.26, within(0.005));
        assertThat(sf.anova().betweenRaters()).isCloseTo(32.49, within(0.005));
        assertThat(sf.anova().residual()).isCloseTo(1.02, within(0.005));
    }

    @Test
    void intervalsMatchThoseRPsychPrintsForTheShroutFleissData() {
        assertBounds(ICC1_1, -0.133, 0.72);
        assertBounds(ICC2_1, 0.019, 0.76);
        assertBounds(ICC3_1, 0.342, 0.95);
        assertBounds(ICC1_K, -0.884, 0.91);
        assertBounds(ICC2_K, 0.071, 0.93);
        assertBounds(ICC3_K, 0.676, 0.99);
    }

    private void assertBounds(IccForm form, double low, double high) {
        // psych prints the low bound to three decimals and the high bound to two.
        assertThat(sf.get(form).low()).as(form.label() + " low").isCloseTo(low, within(0.0005));
        assertThat(sf.get(form).high()).as(form.label() + " high").isCloseTo(high, within(0.005));
    }

    @Test
    void usesCompleteTargetsOnlyAndSaysHowManyWereDropped() {
        List<Rating> ratings = new java.util.ArrayList<>();
        RatingTable full = CalibrationFixtures.shroutFleiss();
        for (int t = 0; t < full.targets().size(); t++) {
            for (int j = 0; j < full.raters().size(); j++) {
                ratings.add(Rating.of(full.targets().get(t), full.raters().get(j), full.score(t, j)));
            }
        }
        ratings.add(Rating.of("t7", "j1", 3));
        ratings.add(Rating.missing("t7", "j2"));
        ratings.add(Rating.of("t8", "j4", 9));
        IccReport withGaps = IntraclassCorrelation.of(RatingTable.of(ratings));
        assertThat(withGaps.targetsUsed()).isEqualTo(6);
        assertThat(withGaps.targetsDropped()).isEqualTo(2);
        assertThat(withGaps.get(ICC2_1).value()).isEqualTo(sf.get(ICC2_1).value());
    }

    @Test
    void ninetyNinePercentIntervalsAreWiderThanNinetyFive() {
        IccReport wide = IntraclassCorrelation.of(CalibrationFixtures.shroutFleiss(), 0.99);
        for (IccForm form : IccForm.values()) {
            assertThat(wide.get(form).low()).isLessThan(sf.get(form).low());
            assertThat(wide.get(form).high()).isGreaterThan(sf.get(form).high());
            assertThat(wide.get(form).value()).isEqualTo(sf.get(form).value());
        }
    }

    @Test
    void raterScoringATargetTwiceIsRejectedNamingBoth() {
        assertThatThrownBy(() -> RatingTable.of(List.of(
                        Rating.of("call-1", "ana", 80), Rating.of("call-1", "bo", 70), Rating.of("call-1", "ana", 85))))
                .isInstanceOf(DuplicateRatingException.class)
                .hasMessage("rater ana scored target call-1 twice");
    }

    @Test
    void oneRaterIsRejected() {
        assertThatThrownBy(() -> RatingTable.of(List.of(Rating.of("a", "ana", 80), Rating.of("b", "ana", 70))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least two raters");
    }

    @Test
    void targetWithEveryScoreMissingIsRejected() {
        assertThatThrownBy(() -> RatingTable.of(List.of(
                        Rating.of("a", "ana", 80),
                        Rating.of("a", "bo", 70),
                        Rating.missing("b", "ana"),
                        Rating.missing("b", "bo"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("target b has no score from any rater");
    }

    @Test
    void fewerThanTwoCompleteTargetsIsRejectedSayingHowManyWereDropped() {
        RatingTable table = RatingTable.of(List.of(
                Rating.of("a", "ana", 80),
                Rating.of("a", "bo", 70),
                Rating.of("b", "ana", 60),
                Rating.missing("b", "bo")));
        assertThatThrownBy(() -> IntraclassCorrelation.of(table))
                .hasMessageContaining("1 of 2 are complete (1 dropped for missing scores)");
    }

    @Test
    void targetsThatAllScoreAlikeLeaveReliabilityUndefined() {
        double[][] same = {{70, 72}, {72, 70}, {71, 71}};
        assertThatThrownBy(() -> IntraclassCorrelation.ofComplete(same, 0.95, 0))
                .hasMessageContaining("reliability is undefined");
    }
}
