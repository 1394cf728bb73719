package com.steward.core.renewal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.costing.BusinessCaseInputs;
import com.steward.core.costing.BusinessCases;
import com.steward.core.costing.HiddenCosts;
import com.steward.core.costing.InHouseCostModel;
import com.steward.core.costing.PricingModel;
import com.steward.core.costing.VendorOffer;
import com.steward.core.costing.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExitOptionsTest {

    /** 10,000 contacts a month, 1,000 agent hours from an interval plan (no Erlang C in the hand computation). */
    static final Workload WORK = Workload.of(10_000, 300).withAgentHoursPerMonth(1_000);

    /** Current vendor 4.00 per contact = 40,000 a month; alternative 3.00 = 30,000; governance 10,000 a month. */
    static RenewalOptions options(int term, double rate) {
        return new RenewalOptions(
                WORK,
                term,
                rate,
                1,
                120_000,
                VendorOffer.of("Bluesky", PricingModel.PER_CONTACT, 4.0),
                VendorOffer.of("Acme", PricingModel.PER_CONTACT, 3.0),
                new SwitchCosts(50_000, 20_000, 2),
                InHouseCostModel.defaults(),
                new RebuildCosts(60_000, 40_000, 25_000, 3),
                new LeavingCosts(30_000, 0.01, 5_000, 1_000));
    }

    @Test
    void renewIsTheInvoicePlusGovernanceEveryMonth() {
        OptionsComparison c = ExitOptions.compare(options(12, 0));
        OptionOutcome renew = c.renew();
        assertThat(renew.monthlyCosts()).allSatisfy(m -> assertThat(m).isCloseTo(50_000, within(1e-6)));
        assertThat(renew.totalCost()).isCloseTo(600_000, within(1e-6));
        assertThat(renew.savingsVsCurrent()).isZero();
        assertThat(renew.breakEvenMonth()).isEmpty();
        assertThat(renew.oneTimeCosts()).isZero();
    }

    @Test
    void switchCashFlowsMatchAHandComputation() {
        // month 1: 30,000 invoice + 10,000 governance + 50,000 transition + 20,000 knowledge transfer
        //          + 30,000 exit fee + 0.01 × 5,000 × 1,000 = 50,000 customer loss + 40,000 current vendor in parallel
        // month 2: 40,000 + 40,000 parallel; months 3..24: 40,000
        OptionOutcome sw =
                ExitOptions.compare(options(24, 0)).option(OptionKind.SWITCH).orElseThrow();
        assertThat(sw.monthlyCosts().get(0)).isCloseTo(230_000, within(1e-6));
        assertThat(sw.monthlyCosts().get(1)).isCloseTo(80_000, within(1e-6));
        assertThat(sw.monthlyCosts().subList(2, 24))
                .allSatisfy(m -> assertThat(m).isCloseTo(40_000, within(1e-6)));
        assertThat(sw.totalCost()).isCloseTo(230_000 + 80_000 + 22 * 40_000, within(1e-6));
        assertThat(sw.savingsVsCurrent()).isCloseTo(24 * 50_000 - 1_190_000, within(1e-6));
        assertThat(sw.oneTimeCosts()).isCloseTo(50_000 + 20_000 + 30_000 + 50_000 + 2 * 40_000, within(1e-6));
        // gap after month 2: −180,000 − 30,000 = −210,000, then +10,000 a month: 0 at month 23
        assertThat(sw.breakEvenMonth()).hasValue(23);
        assertThat(sw.cumulativeCosts().getLast()).isCloseTo(sw.totalCost(), within(1e-6));
    }

    @Test
    void switchingCostsAreCountedOnceWhateverTheTerm() {
        OptionOutcome short12 =
                ExitOptions.compare(options(12, 0)).option(OptionKind.SWITCH).orElseThrow();
        OptionOutcome long36 =
                ExitOptions.compare(options(36, 0)).option(OptionKind.SWITCH).orElseThrow();
        assertThat(long36.totalCost() - short12.totalCost()).isCloseTo(24 * 40_000, within(1e-6));
        assertThat(long36.oneTimeCosts()).isCloseTo(short12.oneTimeCosts(), within(1e-9));
        assertThat(short12.totalCost() - 12 * 40_000).isCloseTo(short12.oneTimeCosts(), within(1e-6));
    }

    @Test
    void inHouseRecurringCostIsTheEnginesInHouseFigure() {
        RenewalOptions o = options(24, 0.08);
        OptionOutcome home = ExitOptions.compare(o).option(OptionKind.IN_HOUSE).orElseThrow();
        double engine = BusinessCases.evaluate(new BusinessCaseInputs(
                        WORK,
                        InHouseCostModel.defaults(),
                        List.of(VendorOffer.of("x", PricingModel.PER_CONTACT, 1)),
                        HiddenCosts.none(),
                        24,
                        0.08))
                .inHouse()
                .monthlyCosts()
                .get(5);
        assertThat(engine)
                .isCloseTo(InHouseCostModel.defaults().monthlyCost(1_000).total(), within(1e-6));
        assertThat(home.monthlyCosts().subList(3, 24))
                .allSatisfy(m -> assertThat(m).isCloseTo(engine, within(1e-6)));
        // month 1: + rebuild 125,000 + leaving 80,000 + the current vendor's 40,000 while the team ramps (3 months)
        assertThat(home.monthlyCosts().get(0)).isCloseTo(engine + 125_000 + 80_000 + 40_000, within(1e-6));
        assertThat(home.monthlyCosts().get(2)).isCloseTo(engine + 40_000, within(1e-6));
    }

    @Test
    void npvDiscountsEachMonthAtTheEffectiveMonthlyRate() {
        OptionsComparison c = ExitOptions.compare(options(24, 0.10));
        double monthly = Math.pow(1.10, 1.0 / 12) - 1;
        for (OptionOutcome o : c.options()) {
            double pv = 0;
            for (int m = 0; m < o.monthlyCosts().size(); m++) {
                pv += o.monthlyCosts().get(m) / Math.pow(1 + monthly, m + 1);
            }
            assertThat(o.npv()).isCloseTo(pv, within(1e-6));
            assertThat(o.npvSavingsVsCurrent()).isCloseTo(c.renew().npv() - pv, within(1e-6));
        }
        assertThat(ExitOptions.compare(options(24, 0)).renew().npv()).isCloseTo(1_200_000, within(1e-6));
    }

    @Test
    void withoutAnAlternativeThereIsNoSwitchOption() {
        RenewalOptions o = options(12, 0);
        RenewalOptions noAlt = new RenewalOptions(
                o.workload(),
                12,
                0,
                1,
                120_000,
                o.current(),
                null,
                o.switching(),
                o.inHouse(),
                o.rebuild(),
                o.leaving());
        OptionsComparison c = ExitOptions.compare(noAlt);
        assertThat(c.options()).extracting(OptionOutcome::kind).containsExactly(OptionKind.RENEW, OptionKind.IN_HOUSE);
        assertThat(ExitOptions.chanceOfBeatingCurrent(noAlt, Uncertainty.none(noAlt), 10, 1)
                        .switchOption())
                .isNull();
    }

    @Test
    void aRenegotiatedPriceLowersRenewOnly() {
        RenewalOptions o = options(12, 0);
        RenewalOptions cheaper = new RenewalOptions(
                o.workload(),
                12,
                0,
                1,
                120_000,
                VendorOffer.of("Bluesky", PricingModel.PER_CONTACT, 3.5),
                o.alternative(),
                o.switching(),
                o.inHouse(),
                o.rebuild(),
                o.leaving());
        assertThat(ExitOptions.compare(cheaper).renew().totalCost()).isCloseTo(12 * 45_000, within(1e-6));
    }

    @Test
    void withoutUncertaintyTheChanceIsZeroOrOne() {
        RenewalOptions o = options(36, 0);
        Chances chances = ExitOptions.chanceOfBeatingCurrent(o, Uncertainty.none(o), 50, 7);
        OptionsComparison c = ExitOptions.compare(o);
        double expectedSwitch = c.option(OptionKind.SWITCH).orElseThrow().totalCost()
                        < c.renew().totalCost()
                ? 1
                : 0;
        assertThat(chances.switchOption()).isEqualTo(expectedSwitch);
        assertThat(expectedSwitch).isEqualTo(1); // 36 months: 1,200,000 + 230,000 ... switch saves 130,000
    }

    @Test
    void theChanceIsReproducibleForASeedAndBetweenZeroAndOne() {
        RenewalOptions o = options(24, 0.08);
        Uncertainty u = Uncertainty.around(o, 0.2, 0.1, 3);
        Chances a = ExitOptions.chanceOfBeatingCurrent(o, u, 400, 11);
        Chances b = ExitOptions.chanceOfBeatingCurrent(o, u, 400, 11);
        assertThat(a).isEqualTo(b);
        assertThat(a.switchOption()).isBetween(0.0, 1.0);
        assertThat(a.inHouse()).isBetween(0.0, 1.0);
        // the 24-month switch barely breaks even (month 23) at the base: delays and churn make it lose more often
        assertThat(a.switchOption()).isLessThan(0.9);
    }

    @Test
    void badInputsAreRefusedWithTheFieldName() {
        assertThatThrownBy(() -> new SwitchCosts(-1, 0, 0)).hasMessageContaining("transitionAndTraining");
        assertThatThrownBy(() -> new LeavingCosts(0, 1.5, 0, 0)).hasMessageContaining("transitionChurnRate");
        assertThatThrownBy(() -> new RebuildCosts(0, 0, 0, 99)).hasMessageContaining("rampMonths");
        assertThatThrownBy(() -> options(0, 0)).hasMessageContaining("termMonths");
    }
}
