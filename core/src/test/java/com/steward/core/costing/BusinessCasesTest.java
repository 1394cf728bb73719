package com.steward.core.costing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class BusinessCasesTest {

    @Test
    void presentValueDiscountsEachMonthEnd() {
        // 100/1.01 + 100/1.01² + 100/1.01³ = 99.00990 + 98.03040 + 97.05901 = 294.09852
        double pv = Npv.presentValue(new double[] {100, 100, 100}, CostingFixtures.ONE_PERCENT_A_MONTH);
        assertThat(pv).isCloseTo(294.09852, within(1e-5));
        assertThat(Npv.monthlyRate(CostingFixtures.ONE_PERCENT_A_MONTH)).isCloseTo(0.01, within(1e-15));
        assertThat(Npv.presentValue(new double[] {100, 100}, 0)).isEqualTo(200);
    }

    @Test
    void vendorOptionAddsTransitionParallelRunChurnAndExitMonthByMonth() {
        BusinessCase bc = BusinessCases.evaluate(CostingFixtures.simpleCase());
        // in-house: 10 FTE × 1,000 = 10,000 a month
        assertThat(bc.inHouseMonthly().agentFte()).isCloseTo(10, within(1e-9));
        assertThat(bc.inHouse().monthlyCosts()).allSatisfy(m -> assertThat(m).isCloseTo(10_000, within(1e-6)));
        OptionResult v = bc.vendor("Hourly");
        // month 1: invoice 8,000 + churn 500 + transition 3,000 + knowledge transfer 1,000 + in-house 10,000
        assertThat(v.monthlyCosts().getFirst()).isCloseTo(22_500, within(1e-6));
        assertThat(v.monthlyCosts().get(1)).isCloseTo(8_500, within(1e-6));
        // month 12 adds the exit cost of 2,000
        assertThat(v.monthlyCosts().getLast()).isCloseTo(10_500, within(1e-6));
        // total 22,500 + 10 × 8,500 + 10,500 = 118,000 against 120,000 in house
        assertThat(v.totalCost()).isCloseTo(118_000, within(1e-6));
        assertThat(v.annualCosts()).hasSize(1);
        assertThat(v.annualCosts().getFirst()).isCloseTo(118_000, within(1e-6));
        assertThat(v.savings()).isCloseTo(2_000, within(1e-6));
        assertThat(v.savingsPercent()).isCloseTo(2_000 / 120_000.0, within(1e-12));
        // cumulative savings: −12,500 after month 1, +1,500 a month → −500 after month 9, +1,000 after 10
        assertThat(v.breakEvenMonth()).hasValue(10);
    }

    @Test
    void npvOfEachOptionMatchesTheHandComputation() {
        BusinessCase bc = BusinessCases.evaluate(CostingFixtures.simpleCase());
        // annuity factor a(12, 1 %) = (1 − 1.01^−12) / 0.01 = 11.2550775
        // in-house: 10,000 × 11.2550775 = 112,550.77
        assertThat(bc.inHouse().npv()).isCloseTo(112_550.77, within(0.01));
        // vendor: 8,500 × 11.2550775 + 14,000 / 1.01 + 2,000 / 1.01^12
        //       = 95,668.16 + 13,861.39 + 1,774.90 = 111,304.44
        OptionResult v = bc.vendor("Hourly");
        assertThat(v.npv()).isCloseTo(111_304.44, within(0.01));
        assertThat(v.npvSavings()).isCloseTo(1_246.33, within(0.01));
    }

    @Test
    void closedFormSavingsUsedBySimulationEqualTheMonthlySeries() {
        BusinessCaseInputs in = CostingFixtures.threeYearCase();
        BusinessCase bc = BusinessCases.evaluate(in);
        for (VendorOffer offer : in.offers()) {
            assertThat(BusinessCases.savingsFraction(in, offer))
                    .isCloseTo(bc.vendor(offer.name()).savingsPercent(), within(1e-12));
        }
        assertThat(BusinessCases.savingsFraction(CostingFixtures.simpleCase(), CostingFixtures.hourlyUsdVendor()))
                .isCloseTo(2_000 / 120_000.0, within(1e-12));
    }

    @Test
    void neverBreaksEvenWhenTheVendorCostsMore() {
        BusinessCaseInputs dear = CostingFixtures.simpleCase();
        dear = new BusinessCaseInputs(
                dear.workload(),
                dear.inHouse(),
                List.of(VendorOffer.of("Dear", PricingModel.PER_PRODUCTIVE_HOUR, 11)),
                HiddenCosts.none(),
                12,
                0.05);
        OptionResult v = BusinessCases.evaluate(dear).vendor("Dear");
        assertThat(v.breakEvenMonth()).isEmpty();
        assertThat(v.savingsPercent()).isCloseTo(-0.1, within(1e-12));
    }

    @Test
    void everyPricingModelIsDerivedFromTheSameWorkload() {
        Workload w = CostingFixtures.simpleWorkload(); // 10,000 contacts × 6 min, 1,000 agent hours
        assertThat(VendorOffer.of("c", PricingModel.PER_CONTACT, 3).monthlyCharge(w))
                .isCloseTo(30_000, within(1e-6));
        assertThat(VendorOffer.of("m", PricingModel.PER_HANDLED_MINUTE, 0.5).monthlyCharge(w))
                .isCloseTo(30_000, within(1e-6));
        assertThat(VendorOffer.of("h", PricingModel.PER_PRODUCTIVE_HOUR, 30).monthlyCharge(w))
                .isCloseTo(30_000, within(1e-6));
        // 1,000 h / (160 h × (1 − 0.375)) = 10 FTE × 3,000
        VendorOffer fte = new VendorOffer("f", PricingModel.PER_FTE_MONTH, 3_000, 0, 0, "BASE", 1, 160, 0.375);
        assertThat(fte.monthlyCharge(w)).isCloseTo(30_000, within(1e-6));
        assertThat(fte.withMonthlyMinimum(40_000).monthlyCharge(w)).isCloseTo(40_000, within(1e-6));
    }

    @Test
    void defaultInHouseModelLoadsSalariesAndAddsSupervisionHiringSeatsAndOverhead() {
        // 10 FTE after 30 % shrinkage need 10 × 2080/12 × 0.7 = 1,213.33 agent hours
        InHouseCostModel.InHouseCost c = InHouseCostModel.defaults().monthlyCost(10 * 2080 / 12.0 * 0.7);
        assertThat(c.agentFte()).isCloseTo(10, within(1e-9));
        // 10 × 38,000/12 × 1.3265 = 42,005.83
        assertThat(c.agentPay()).isCloseTo(42_005.83, within(0.01));
        // 10/15 supervisors × 55,000/12 × 1.3265 = 4,053.19; 1/12 manager × 85,000/12 × 1.3265 = 783.00
        assertThat(c.supervision()).isCloseTo(4_053.19, within(0.01));
        assertThat(c.management()).isCloseTo(783.00, within(0.01));
        // 0.35 × 10 / 12 hires × 7,000 = 2,041.67
        assertThat(c.recruitingAndTraining()).isCloseTo(2_041.67, within(0.01));
        // 10.75 seats × 500 and × 200
        assertThat(c.facilities()).isCloseTo(5_375, within(1e-6));
        assertThat(c.technology()).isCloseTo(2_150, within(1e-6));
        // (42,005.83 + 4,053.19 + 783.00 + 2,041.67 + 5,375 + 2,150) × 1.10 = 62,049.57
        assertThat(c.total()).isCloseTo(62_049.57, within(0.01));
    }

    @Test
    void workloadIsSizedWithErlangCOnTheAverageHour() {
        Workload w = Workload.of(60_000, 330);
        double perHour = 60_000 / Workload.DEFAULT_OPEN_HOURS_PER_MONTH;
        int agents = com.steward.core.staffing.RequiredAgents.forServiceLevel(
                        new com.steward.core.staffing.StaffingInput(perHour, 3600, 330, 20), 0.8, 1)
                .agents();
        assertThat(w.staffedAgents()).isEqualTo(agents).isGreaterThan((int) (perHour * 330 / 3600));
        assertThat(w.agentHoursPerMonth()).isCloseTo(agents * Workload.DEFAULT_OPEN_HOURS_PER_MONTH, within(1e-9));
    }

    @Test
    void rejectsInvalidInputsNamingTheField() {
        assertThatThrownBy(
                        () -> VendorOffer.of("x", PricingModel.PER_CONTACT, 1).inCurrency("USD", 0))
                .hasMessageContaining("exchangeRateToBase");
        assertThatThrownBy(() -> new HiddenCosts(0, 0, -1, 0, 0, 0, 0, 0)).hasMessageContaining("parallelRunMonths");
        assertThatThrownBy(() -> InHouseCostModel.defaults().withAnnualAttritionRate(-0.1))
                .hasMessageContaining("annualAttritionRate");
        assertThatThrownBy(() -> new BusinessCaseInputs(
                        CostingFixtures.simpleWorkload(),
                        CostingFixtures.flatInHouse(),
                        List.of(),
                        HiddenCosts.none(),
                        12,
                        0.05))
                .hasMessageContaining("offers");
        assertThatThrownBy(() -> Workload.of(-5, 300)).hasMessageContaining("contactsPerMonth");
        assertThatThrownBy(() -> Workload.of(5, 0)).hasMessageContaining("ahtSeconds");
    }
}
