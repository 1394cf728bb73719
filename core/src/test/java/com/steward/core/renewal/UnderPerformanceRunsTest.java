package com.steward.core.renewal;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.core.scorecards.Direction;
import com.steward.core.scorecards.MetricKind;
import com.steward.core.scorecards.PeriodScore;
import com.steward.core.scorecards.PeriodStanding;
import com.steward.core.scorecards.ScorecardMetric;
import com.steward.core.scorecards.Scorecards;
import com.steward.core.scorecards.Standing;
import com.steward.core.scorecards.StandingPolicy;
import com.steward.core.scorecards.Standings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class UnderPerformanceRunsTest {

    static final List<ScorecardMetric> CARD =
            List.of(new ScorecardMetric("csat", MetricKind.QUALITY, Direction.HIGHER_IS_BETTER, 0.9, 0.7, 100));

    @Test
    void runsRecordWhenRemediationAndChronicStatusWereReached() {
        List<UnderPerformanceRuns.Point> points = List.of(
                point("2025-10", Standing.GREEN, false),
                point("2025-11", Standing.WATCH, false),
                point("2025-12", Standing.REMEDIATION, false),
                new UnderPerformanceRuns.Point("2026-01", false, Standing.REMEDIATION, false),
                point("2026-02", Standing.EXIT_CANDIDATE, true),
                point("2026-03", Standing.GREEN, false),
                point("2026-04", Standing.WATCH, false));
        UnderPerformanceRuns r = UnderPerformanceRuns.of(points);
        assertThat(r.runs()).hasSize(2);
        UnderPerformanceRuns.Run first = r.runs().getFirst();
        assertThat(first).isEqualTo(new UnderPerformanceRuns.Run("2025-11", "2026-02", 3, "2025-12", "2026-02", false));
        assertThat(r.runs().get(1)).isEqualTo(new UnderPerformanceRuns.Run("2026-04", "2026-04", 1, null, null, true));
        assertThat(r.lines())
                .extracting(UnderPerformanceRuns.Line::consecutiveBelow)
                .containsExactly(0, 1, 2, 0, 3, 0, 1);
        assertThat(r.ongoing()).isPresent();
    }

    @Property(tries = 200)
    void runLengthsAgreeWithTheStandingsRule(
            @ForAll @Size(min = 1, max = 18) List<@DoubleRange(min = 0.6, max = 0.95) Double> csat) {
        StandingPolicy policy = StandingPolicy.defaults();
        List<PeriodScore> scores = new ArrayList<>();
        for (double v : csat) {
            scores.add(Scorecards.score(CARD, Map.of("csat", v)));
        }
        List<PeriodStanding> standings = Standings.history(scores, policy);
        List<UnderPerformanceRuns.Point> points = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            points.add(
                    point("p" + i, standings.get(i).standing(), standings.get(i).chronic()));
        }
        UnderPerformanceRuns r = UnderPerformanceRuns.of(points);
        for (int i = 0; i < standings.size(); i++) {
            assertThat(r.lines().get(i).below()).isEqualTo(standings.get(i).belowThreshold());
            assertThat(r.lines().get(i).consecutiveBelow())
                    .isEqualTo(standings.get(i).consecutiveBelow());
        }
        int belowCount =
                (int) standings.stream().filter(PeriodStanding::belowThreshold).count();
        assertThat(r.runs().stream().mapToInt(UnderPerformanceRuns.Run::length).sum())
                .isEqualTo(belowCount);
        r.runs().stream()
                .filter(run -> run.length() >= policy.chronicAfter())
                .forEach(run -> assertThat(run.chronicFrom()).isNotNull());
    }

    @Property(tries = 200)
    void withACurePeriodRunLengthsStillAgreeWithTheStandingsRule(
            @ForAll @Size(min = 1, max = 24) List<@DoubleRange(min = 0.6, max = 0.95) Double> csat) {
        StandingPolicy policy = new StandingPolicy(80, 2, 4, 2);
        List<PeriodScore> scores = new ArrayList<>();
        for (double v : csat) {
            scores.add(Scorecards.score(CARD, Map.of("csat", v)));
        }
        List<PeriodStanding> standings = Standings.history(scores, policy);
        List<UnderPerformanceRuns.Point> points = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            PeriodStanding s = standings.get(i);
            points.add(new UnderPerformanceRuns.Point("p" + i, true, s.belowThreshold(), s.standing(), s.chronic()));
        }
        UnderPerformanceRuns r = UnderPerformanceRuns.of(points);
        for (int i = 0; i < standings.size(); i++) {
            assertThat(r.lines().get(i).below()).isEqualTo(standings.get(i).belowThreshold());
            assertThat(r.lines().get(i).consecutiveBelow())
                    .isEqualTo(standings.get(i).consecutiveBelow());
        }
        // a run ends only where the standing is GREEN again
        r.runs().stream().filter(run -> !run.ongoing()).forEach(run -> {
            int last = Integer.parseInt(run.lastPeriod().substring(1));
            int green = last + 1;
            while (green < standings.size() && standings.get(green).standing() != Standing.GREEN) {
                assertThat(standings.get(green).belowThreshold()).isFalse();
                green++;
            }
            assertThat(green).isLessThan(standings.size());
        });
    }

    private static UnderPerformanceRuns.Point point(String period, Standing standing, boolean chronic) {
        return new UnderPerformanceRuns.Point(period, true, standing, chronic);
    }
}
