package com.steward.core.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SavingsRiskTest {

    private static final BusinessCaseInputs CASE = CostingFixtures.threeYearCase();
    private static final UncertainInputs UNCERTAIN = CostingFixtures.threeYearUncertainty();

    @Test
    void sameSeedGivesIdenticalResultsWhateverTheThreadCount() {
        SavingsRiskResult one = SavingsRisk.simulate(CASE, "Nearshore", UNCERTAIN, 0.10, 20_000, 7, 1);
        SavingsRiskResult again = SavingsRisk.simulate(CASE, "Nearshore", UNCERTAIN, 0.10, 20_000, 7, 1);
        SavingsRiskResult twoThreads = SavingsRisk.simulate(CASE, "Nearshore", UNCERTAIN, 0.10, 20_000, 7, 2);
        SavingsRiskResult fiveThreads = SavingsRisk.simulate(CASE, "Nearshore", UNCERTAIN, 0.10, 20_000, 7, 5);
        assertThat(again).isEqualTo(one);
        assertThat(twoThreads).isEqualTo(one);
        assertThat(fiveThreads).isEqualTo(one);
        assertThat(SavingsRisk.sample(CASE, CASE.offer("Nearshore"), UNCERTAIN, 5_000, 7, 2))
                .containsExactly(SavingsRisk.sample(CASE, CASE.offer("Nearshore"), UNCERTAIN, 5_000, 7, 1));
    }

    @Test
    void differentSeedsGiveDifferentDraws() {
        SavingsRiskResult a = SavingsRisk.simulate(CASE, "Nearshore", UNCERTAIN, 0.10, 5_000, 1, 1);
        SavingsRiskResult b = SavingsRisk.simulate(CASE, "Nearshore", UNCERTAIN, 0.10, 5_000, 2, 1);
        assertThat(a.mean()).isNotEqualTo(b.mean());
    }

    @Test
    void withoutUncertaintyEveryTrialEqualsTheBusinessCase() {
        double savings = BusinessCases.evaluate(CASE).vendor("Nearshore").savingsPercent();
        SavingsRiskResult r =
                SavingsRisk.simulate(CASE, "Nearshore", UncertainInputs.fixedAt(CASE), savings, 3_000, 3, 2);
        assertThat(r.p10()).isCloseTo(savings, within(1e-12));
        assertThat(r.p90()).isCloseTo(savings, within(1e-12));
        assertThat(r.probabilityOfReachingTarget()).isEqualTo(1.0);
        assertThat(r.tornado()).isEmpty();
    }

    @Test
    void percentilesAreOrderedAndTheMedianMatchesTheMedianInputWhenSavingsAreLinearInIt() {
        // churn only adds cost linearly, so the median saving is the saving at the median churn
        Distribution churn = Distribution.triangular(0, 0.004, 0.015);
        UncertainInputs onlyChurn = UncertainInputs.fixedAt(CASE).withExtraAnnualChurnRate(churn);
        SavingsRiskResult r = SavingsRisk.simulate(CASE, "Nearshore", onlyChurn, 0.10, 40_000, 11, 2);
        double atMedian = SavingsRisk.savings(CASE, CASE.offer("Nearshore"), 60_000, 330, 0.35, churn.quantile(0.5), 2);
        double atP90Churn =
                SavingsRisk.savings(CASE, CASE.offer("Nearshore"), 60_000, 330, 0.35, churn.quantile(0.9), 2);
        assertThat(r.p10()).isLessThanOrEqualTo(r.p50());
        assertThat(r.p50()).isLessThanOrEqualTo(r.p90());
        double swing = r.tornado().getFirst().swing();
        assertThat(r.p50()).isCloseTo(atMedian, within(swing * 0.03));
        // high churn is the low-savings end
        assertThat(r.p10()).isCloseTo(atP90Churn, within(swing * 0.03));
    }

    @Test
    void tornadoIsSortedBySwingAndShowsEachInputsDirection() {
        SavingsRiskResult r = SavingsRisk.simulate(CASE, "Nearshore", UNCERTAIN, 0.10, 2_000, 5, 2);
        assertThat(r.tornado()).hasSize(5);
        for (int i = 1; i < r.tornado().size(); i++) {
            assertThat(r.tornado().get(i).swing())
                    .isLessThanOrEqualTo(r.tornado().get(i - 1).swing());
        }
        SavingsRiskResult.TornadoBar churn = r.tornado().stream()
                .filter(b -> b.input().equals("extraAnnualChurnRate"))
                .findFirst()
                .orElseThrow();
        assertThat(churn.savingsAtHigh()).isLessThan(churn.savingsAtLow());
        SavingsRiskResult.TornadoBar ramp = r.tornado().stream()
                .filter(b -> b.input().equals("parallelRunMonths"))
                .findFirst()
                .orElseThrow();
        assertThat(ramp.savingsAtHigh()).isLessThan(ramp.savingsAtLow());
    }

    @Test
    void rejectsAnUnknownOfferAndNoTrials() {
        assertThatThrownBy(() -> SavingsRisk.simulate(CASE, "Nobody", UNCERTAIN, 0.1, 10, 1, 1))
                .hasMessageContaining("Nobody");
        assertThatThrownBy(() -> SavingsRisk.simulate(CASE, "Nearshore", UNCERTAIN, 0.1, 0, 1, 1))
                .hasMessageContaining("trials");
        assertThatThrownBy(() -> Distribution.triangular(1, 0, 2)).hasMessageContaining("mode");
    }
}
