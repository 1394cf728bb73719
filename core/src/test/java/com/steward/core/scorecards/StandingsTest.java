package com.steward.core.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StandingsTest {

    private static List<PeriodScore> scores(double... values) {
        return java.util.Arrays.stream(values)
                .mapToObj(v -> Scorecards.score(ScorecardFixtures.identity(), Map.of("csat", v / 100)))
                .toList();
    }

    @Test
    void consecutivePeriodsBelowThresholdEscalateToExitCandidate() {
        // threshold 80: 85 green; 78 first below → watch; 75 second → remediation; 70 third → chronic
        List<PeriodStanding> history = Standings.history(scores(85, 78, 75, 70, 90), StandingPolicy.defaults());
        assertThat(history)
                .extracting(PeriodStanding::standing)
                .containsExactly(
                        Standing.GREEN, Standing.WATCH, Standing.REMEDIATION, Standing.EXIT_CANDIDATE, Standing.GREEN);
        assertThat(history.get(3).chronic()).isTrue();
        assertThat(history.get(3).consecutiveBelow()).isEqualTo(3);
        assertThat(history.get(4).chronic()).isFalse();
    }

    @Test
    void aGoodPeriodResetsTheRun() {
        List<PeriodStanding> history = Standings.history(scores(70, 75, 85, 70), StandingPolicy.defaults());
        assertThat(history)
                .extracting(PeriodStanding::standing)
                .containsExactly(Standing.WATCH, Standing.REMEDIATION, Standing.GREEN, Standing.WATCH);
    }

    @Test
    void aMetricBreachedPeriodAfterPeriodIsChronicEvenWithAGoodScore() {
        // CSAT below its threshold 0.75 but QA and AHT perfect: 40 × 0 + 60 × 100 → 60 … with CSAT w 10: 90
        List<ScorecardMetric> card =
                List.of(ScorecardFixtures.csat(10), ScorecardFixtures.qa(45), ScorecardFixtures.aht(45));
        PeriodScore breached = Scorecards.score(card, Map.of("csat", 0.70, "qa", 95.0, "aht", 290.0));
        assertThat(breached.score()).isEqualTo(90);
        List<PeriodStanding> history =
                Standings.history(List.of(breached, breached, breached), StandingPolicy.defaults());
        assertThat(history.get(0).standing()).isEqualTo(Standing.WATCH);
        assertThat(history.get(2).standing()).isEqualTo(Standing.EXIT_CANDIDATE);
        assertThat(history.get(2).chronicMetrics()).containsExactly("csat");
    }

    @Test
    void aPeriodWithoutResultsKeepsTheStanding() {
        PeriodScore empty = Scorecards.score(ScorecardFixtures.identity(), Map.of());
        List<PeriodScore> periods = new java.util.ArrayList<>(scores(70));
        periods.add(empty);
        periods.addAll(scores(70));
        List<PeriodStanding> history = Standings.history(periods, StandingPolicy.defaults());
        assertThat(history)
                .extracting(PeriodStanding::standing)
                .containsExactly(Standing.WATCH, Standing.WATCH, Standing.REMEDIATION);
    }

    @Test
    void rejectsChronicNotAfterRemediation() {
        assertThatThrownBy(() -> new StandingPolicy(80, 3, 3)).hasMessageStartingWith("chronicAfter");
    }

    @Test
    void afterRemediationACurePeriodOfGoodMonthsIsNeededBeforeGreen() {
        // recovery after 2: 70, 70 → remediation; 85 → recovering (watch); 75 continues the run → exit candidate
        StandingPolicy cure = new StandingPolicy(80, 2, 3, 2);
        assertThat(Standings.history(scores(70, 70, 85, 75), cure))
                .extracting(PeriodStanding::standing)
                .containsExactly(Standing.WATCH, Standing.REMEDIATION, Standing.WATCH, Standing.EXIT_CANDIDATE);
        assertThat(Standings.history(scores(70, 70, 85, 90, 70), cure))
                .extracting(PeriodStanding::standing)
                .containsExactly(Standing.WATCH, Standing.REMEDIATION, Standing.WATCH, Standing.GREEN, Standing.WATCH);
    }

    @Test
    void noScoredPeriodMeansNoStanding() {
        PeriodScore empty = Scorecards.score(ScorecardFixtures.identity(), Map.of());
        assertThat(Standings.latest(List.of(empty, empty), StandingPolicy.defaults()))
                .isNull();
        assertThat(Standings.latest(scores(70, 75), StandingPolicy.defaults())).isEqualTo(Standing.REMEDIATION);
    }
}
