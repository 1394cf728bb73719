package com.steward.core.scorecards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Properties of the one standing rule, {@link Standings#history}. */
class StandingProperties {

    /** A score in 0–100 as a period of the one-metric identity card; NaN (encoded as < 0) is a period not scored. */
    private static PeriodScore period(double score) {
        return score < 0
                ? Scorecards.score(ScorecardFixtures.identity(), Map.of())
                : Scorecards.score(ScorecardFixtures.identity(), Map.of("csat", score / 100));
    }

    private static List<PeriodScore> periods(List<Double> scores) {
        return scores.stream().map(StandingProperties::period).toList();
    }

    /**
     * An independent statement of the rule without recovery: the standing after a scored period is the class of the
     * number of scored periods below threshold at the end of the history so far.
     */
    private static Standing byTrailingRun(List<Double> scores, int upTo, StandingPolicy policy) {
        int trailing = 0;
        for (int i = upTo; i >= 0; i--) {
            double s = scores.get(i);
            if (s < 0) {
                continue;
            }
            if (s >= policy.thresholdScore()) {
                break;
            }
            trailing++;
        }
        if (trailing >= policy.chronicAfter()) {
            return Standing.EXIT_CANDIDATE;
        }
        if (trailing >= policy.remediationAfter()) {
            return Standing.REMEDIATION;
        }
        return trailing >= 1 ? Standing.WATCH : Standing.GREEN;
    }

    @Property
    void withoutACurePeriodTheStandingIsTheClassOfTheTrailingRunBelowThreshold(
            @ForAll @Size(min = 1, max = 24) List<@DoubleRange(min = -1, max = 100) Double> scores,
            @ForAll @IntRange(min = 2, max = 5) int remediationAfter,
            @ForAll @IntRange(min = 1, max = 4) int extra) {
        StandingPolicy policy = new StandingPolicy(80, remediationAfter, remediationAfter + extra, 1);
        List<PeriodStanding> history = Standings.history(periods(scores), policy);
        for (int i = 0; i < scores.size(); i++) {
            assertThat(history.get(i).standing())
                    .as("period %d of %s", i, scores)
                    .isEqualTo(byTrailingRun(scores, i, policy));
        }
    }

    @Property
    void periodsWithoutAScoreChangeNothingForTheScoredOnes(
            @ForAll @Size(min = 1, max = 18) List<@DoubleRange(min = 0, max = 100) Double> scores,
            @ForAll @Size(min = 1, max = 18) List<@IntRange(min = 0, max = 2) Integer> gaps,
            @ForAll @IntRange(min = 1, max = 3) int recoveryAfter) {
        StandingPolicy policy = new StandingPolicy(80, 2, 3, recoveryAfter);
        List<Double> withGaps = new ArrayList<>();
        List<Integer> scoredAt = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            for (int g = 0; g < gaps.get(i % gaps.size()); g++) {
                withGaps.add(-1.0);
            }
            scoredAt.add(withGaps.size());
            withGaps.add(scores.get(i));
        }
        List<PeriodStanding> plain = Standings.history(periods(scores), policy);
        List<PeriodStanding> gapped = Standings.history(periods(withGaps), policy);
        for (int i = 0; i < scores.size(); i++) {
            assertThat(gapped.get(scoredAt.get(i))).isEqualTo(plain.get(i));
        }
    }

    @Property
    void afterRemediationGreenNeedsTheCurePeriodOfGoodMonthsInARow(
            @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 100) Double> scores,
            @ForAll @IntRange(min = 1, max = 4) int recoveryAfter) {
        StandingPolicy policy = new StandingPolicy(80, 2, 4, recoveryAfter);
        List<PeriodStanding> history = Standings.history(periods(scores), policy);
        boolean remediated = false;
        for (int i = 0; i < history.size(); i++) {
            Standing s = history.get(i).standing();
            if (s == Standing.GREEN && remediated) {
                for (int k = 0; k < recoveryAfter; k++) {
                    assertThat(scores.get(i - k))
                            .as("good month %d before GREEN at %d", k, i)
                            .isGreaterThanOrEqualTo(80);
                }
                remediated = false;
            }
            if (s == Standing.REMEDIATION || s == Standing.EXIT_CANDIDATE) {
                remediated = true;
            }
        }
    }

    @Property
    void aPeriodBelowThresholdNeverImprovesTheStandingAndAGoodOneNeverWorsensIt(
            @ForAll @Size(min = 2, max = 30) List<@DoubleRange(min = 0, max = 100) Double> scores,
            @ForAll @IntRange(min = 1, max = 3) int recoveryAfter) {
        StandingPolicy policy = new StandingPolicy(80, 2, 3, recoveryAfter);
        List<PeriodStanding> history = Standings.history(periods(scores), policy);
        for (int i = 1; i < history.size(); i++) {
            Standing before = history.get(i - 1).standing();
            Standing after = history.get(i).standing();
            if (scores.get(i) < 80) {
                assertThat(after).isGreaterThanOrEqualTo(before).isNotEqualTo(Standing.GREEN);
            } else {
                assertThat(after).isLessThanOrEqualTo(before).isNotEqualTo(Standing.REMEDIATION);
            }
        }
    }
}
