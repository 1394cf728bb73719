package com.steward.core.scorecards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ScorecardProperties {

    @Property
    void attainmentIsMonotoneInTheMeasuredValueInTheMetricsGoodDirection(
            @ForAll boolean higherIsBetter,
            @ForAll @DoubleRange(min = -1000, max = 1000) double threshold,
            @ForAll @DoubleRange(min = 0.01, max = 500) double span,
            @ForAll @DoubleRange(min = -2000, max = 2000) double measured,
            @ForAll @DoubleRange(min = 0, max = 500) double improvement) {
        Direction direction = higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER;
        double sign = higherIsBetter ? 1 : -1;
        ScorecardMetric metric =
                new ScorecardMetric("m", MetricKind.QUALITY, direction, threshold + sign * span, threshold, 100);
        double worse = Scorecards.attainment(metric, measured);
        double better = Scorecards.attainment(metric, measured + sign * improvement);
        assertThat(better).isGreaterThanOrEqualTo(worse);
        assertThat(worse).isBetween(0.0, 100.0);
        assertThat(better).isBetween(0.0, 100.0);
    }

    @Property
    void theOverallScoreLiesBetweenTheWorstAndBestAttainment(
            @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 0, max = 1) Double> values,
            @ForAll @Size(min = 6, max = 6) List<@DoubleRange(min = 1, max = 10) Double> rawWeights) {
        List<ScorecardMetric> metrics = new ArrayList<>();
        Map<String, Double> measured = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            metrics.add(new ScorecardMetric(
                    "m" + i, MetricKind.QUALITY, Direction.HIGHER_IS_BETTER, 0.9, 0.5, rawWeights.get(i)));
            measured.put("m" + i, values.get(i));
        }
        PeriodScore period = Scorecards.score(metrics, measured);
        double min = period.metrics().stream()
                .mapToDouble(MetricAttainment::attainment)
                .min()
                .orElseThrow();
        double max = period.metrics().stream()
                .mapToDouble(MetricAttainment::attainment)
                .max()
                .orElseThrow();
        assertThat(period.score()).isBetween(min - 1e-9, max + 1e-9);
    }

    @Property
    void creditsAreNeverNegativeAndNeverAboveTheCap(
            @ForAll @DoubleRange(min = 0, max = 100) double score, @ForAll("policies") CreditPolicy policy) {
        double percent = ServiceCredits.creditPercent(score, policy);
        assertThat(percent).isBetween(0.0, policy.capPercent());
    }

    @Property
    void creditsNeverFallAsTheScoreRises(
            @ForAll @DoubleRange(min = 0, max = 100) double score,
            @ForAll @DoubleRange(min = 0, max = 30) double rise,
            @ForAll("policies") CreditPolicy policy) {
        assertThat(ServiceCredits.creditPercent(score + rise, policy))
                .isLessThanOrEqualTo(ServiceCredits.creditPercent(score, policy));
    }

    @Property
    void earnBackNeverReturnsMoreThanWasCredited(
            @ForAll @Size(min = 1, max = 36) List<@DoubleRange(min = 0, max = 100) Double> scores,
            @ForAll @DoubleRange(min = 0, max = 1_000_000) double invoice,
            @ForAll("policies") CreditPolicy policy) {
        List<MonthlyCredit> ledger =
                ServiceCredits.ledger(scores, java.util.Collections.nCopies(scores.size(), invoice), policy);
        double credited = 0;
        double earnedBack = 0;
        for (MonthlyCredit month : ledger) {
            credited += month.credit();
            earnedBack += month.earnedBack();
            assertThat(month.credit()).isBetween(0.0, invoice * policy.capPercent() / 100 + 1e-9);
            assertThat(month.outstanding()).isGreaterThanOrEqualTo(-1e-9);
            assertThat(earnedBack).isLessThanOrEqualTo(credited + 1e-6);
            assertThat(credited - earnedBack).isGreaterThanOrEqualTo(month.outstanding() - 1e-6);
        }
    }

    @Property
    void standingsOnlyWorsenWhileEveryPeriodIsBelowThreshold(
            @ForAll @Size(min = 1, max = 12) List<@DoubleRange(min = 0, max = 79.9) Double> scores,
            @ForAll @IntRange(min = 2, max = 5) int remediationAfter) {
        StandingPolicy policy = new StandingPolicy(80, remediationAfter, remediationAfter + 1);
        List<PeriodScore> periods = scores.stream()
                .map(s -> Scorecards.score(ScorecardFixtures.identity(), Map.of("csat", s / 100)))
                .toList();
        List<PeriodStanding> history = Standings.history(periods, policy);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).standing())
                    .isGreaterThanOrEqualTo(history.get(i - 1).standing());
        }
        assertThat(history.getLast().chronic()).isEqualTo(scores.size() >= remediationAfter + 1);
    }

    @Provide
    Arbitrary<CreditPolicy> policies() {
        return net.jqwik.api.Combinators.combine(
                        Arbitraries.doubles().between(0, 100),
                        Arbitraries.doubles().between(0, 5),
                        Arbitraries.doubles().between(0, 100),
                        Arbitraries.integers().between(0, 6),
                        Arbitraries.doubles().between(0, 1))
                .as(CreditPolicy::new);
    }
}
