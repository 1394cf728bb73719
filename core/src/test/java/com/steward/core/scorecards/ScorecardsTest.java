package com.steward.core.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScorecardsTest {

    @Test
    void attainmentIsLinearBetweenThresholdAndTargetForAHigherIsBetterMetric() {
        // CSAT target 0.85, threshold 0.75, measured 0.82: 100 × (0.82 − 0.75) / (0.85 − 0.75) = 100 × 0.07 / 0.10 = 70
        assertThat(Scorecards.attainment(ScorecardFixtures.csat(40), 0.82)).isCloseTo(70, within(1e-9));
        assertThat(Scorecards.attainment(ScorecardFixtures.csat(40), 0.75)).isZero();
        assertThat(Scorecards.attainment(ScorecardFixtures.csat(40), 0.60)).isZero();
        assertThat(Scorecards.attainment(ScorecardFixtures.csat(40), 0.95)).isEqualTo(100);
    }

    @Test
    void attainmentOfALowerIsBetterMetricRisesAsTheValueFalls() {
        // AHT target 300 s, threshold 360 s, measured 330 s: 100 × (330 − 360) / (300 − 360) = 100 × −30 / −60 = 50
        assertThat(Scorecards.attainment(ScorecardFixtures.aht(30), 330)).isCloseTo(50, within(1e-9));
        assertThat(Scorecards.attainment(ScorecardFixtures.aht(30), 280)).isEqualTo(100);
        assertThat(Scorecards.attainment(ScorecardFixtures.aht(30), 400)).isZero();
        assertThat(ScorecardFixtures.aht(30).breached(400)).isTrue();
        assertThat(ScorecardFixtures.aht(30).breached(360)).isFalse();
    }

    @Test
    void theOverallScoreIsTheWeightedMeanOfAttainment() {
        // CSAT 0.82 → 70 (w 40); QA 85 → 100 × 5 / 10 = 50 (w 30); AHT 330 → 50 (w 30)
        // score = (40 × 70 + 30 × 50 + 30 × 50) / 100 = (2800 + 1500 + 1500) / 100 = 58
        PeriodScore period =
                Scorecards.score(ScorecardFixtures.qualityFirst(), Map.of("csat", 0.82, "qa", 85.0, "aht", 330.0));
        assertThat(period.score()).isCloseTo(58, within(1e-9));
        assertThat(period.coverage()).isEqualTo(1.0);
        assertThat(period.breaches()).isZero();
    }

    @Test
    void missingMetricsAreLeftOutAndTheWeightsRenormalised() {
        // only CSAT (70, w 40) and QA (50, w 30): (2800 + 1500) / 70 = 61.428…; coverage 70 / 100
        PeriodScore period =
                Scorecards.score(ScorecardFixtures.qualityFirst(), Map.of("csat", 0.82, "qa", 85.0, "nps", 40.0));
        assertThat(period.score()).isCloseTo(4300.0 / 70, within(1e-9));
        assertThat(period.coverage()).isCloseTo(0.7, within(1e-12));
        assertThat(period.metrics()).hasSize(2);
    }

    @Test
    void nothingMeasuredHasNoScore() {
        PeriodScore period = Scorecards.score(ScorecardFixtures.qualityFirst(), Map.of());
        assertThat(period.measured()).isFalse();
        assertThat(period.score()).isNaN();
    }

    @Test
    void aBreachIsCountedWhenAMetricIsWorseThanItsThreshold() {
        PeriodScore period =
                Scorecards.score(ScorecardFixtures.qualityFirst(), Map.of("csat", 0.70, "qa", 95.0, "aht", 290.0));
        // CSAT 0 (w 40), QA 100 (w 30), AHT 100 (w 30) → 60
        assertThat(period.score()).isCloseTo(60, within(1e-9));
        assertThat(period.breaches()).isEqualTo(1);
    }

    @Test
    void rejectsWeightsThatDoNotSumToOneHundred() {
        assertThatThrownBy(() -> Scorecards.validate(
                        List.of(ScorecardFixtures.csat(40), ScorecardFixtures.qa(30), ScorecardFixtures.aht(20))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("weights must sum to 100")
                .hasMessageContaining("90");
    }

    @Test
    void rejectsAMetricListedTwice() {
        assertThatThrownBy(() -> Scorecards.validate(List.of(ScorecardFixtures.csat(50), ScorecardFixtures.csat(50))))
                .hasMessageStartingWith("metrics must be distinct");
    }

    @Test
    void rejectsAnEmptyScorecard() {
        assertThatThrownBy(() -> Scorecards.validate(List.of())).hasMessageStartingWith("metrics");
    }

    @Test
    void rejectsATargetOnTheWrongSideOfTheThreshold() {
        assertThatThrownBy(() ->
                        new ScorecardMetric("csat", MetricKind.QUALITY, Direction.HIGHER_IS_BETTER, 0.70, 0.80, 50))
                .hasMessageStartingWith("target must be above the threshold");
        assertThatThrownBy(() ->
                        new ScorecardMetric("aht", MetricKind.OPERATIONAL, Direction.LOWER_IS_BETTER, 400, 360, 50))
                .hasMessageStartingWith("target must be below the threshold");
        assertThatThrownBy(() -> new ScorecardMetric("qa", MetricKind.QUALITY, Direction.HIGHER_IS_BETTER, 80, 80, 50))
                .hasMessageStartingWith("target");
    }

    @Test
    void rejectsAWeightOutsideZeroToOneHundred() {
        assertThatThrownBy(() -> ScorecardFixtures.csat(0)).hasMessageStartingWith("weight");
        assertThatThrownBy(() -> ScorecardFixtures.csat(120)).hasMessageStartingWith("weight");
    }

    @Test
    void qualityShareCountsQualityAndCustomerWeight() {
        // 40 + 30 quality of 100 → 0.70 ≥ 0.60
        QualityShare share =
                Scorecards.qualityShare(ScorecardFixtures.qualityFirst(), Scorecards.DEFAULT_QUALITY_SHARE);
        assertThat(share.share()).isCloseTo(0.70, within(1e-12));
        assertThat(share.met()).isTrue();
    }

    @Test
    void operationalMetricsDominatingFailTheQualityShare() {
        List<ScorecardMetric> operational = List.of(
                ScorecardFixtures.csat(20),
                new ScorecardMetric("service_level", MetricKind.OPERATIONAL, Direction.HIGHER_IS_BETTER, 0.8, 0.7, 50),
                ScorecardFixtures.aht(30));
        QualityShare share = Scorecards.qualityShare(operational, 0.6);
        assertThat(share.share()).isCloseTo(0.20, within(1e-12));
        assertThat(share.met()).isFalse();
        assertThat(Scorecards.qualityShare(operational, 0.2).met()).isTrue();
    }

    @Test
    void customerMetricsCountTowardsTheQualityShare() {
        List<ScorecardMetric> metrics = List.of(
                new ScorecardMetric(
                        "churn_after_contact", MetricKind.CUSTOMER, Direction.LOWER_IS_BETTER, 0.02, 0.04, 60),
                ScorecardFixtures.aht(40));
        assertThat(Scorecards.qualityShare(metrics, 0.6).met()).isTrue();
    }
}
