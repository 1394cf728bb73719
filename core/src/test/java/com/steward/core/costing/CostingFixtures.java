package com.steward.core.costing;

import java.util.List;

/** Small business cases whose numbers can be worked by hand. */
final class CostingFixtures {

    private CostingFixtures() {}

    /** 1,000 agent hours a month (set directly, no Erlang sizing); 10,000 contacts of 6 minutes. */
    static Workload simpleWorkload() {
        return Workload.of(10_000, 360).withAgentHoursPerMonth(1_000);
    }

    /**
     * In-house costs exactly 10,000 a month for 1,000 agent hours: 100 paid hours per FTE-month, no
     * shrinkage → 10 FTE at 1,000 a month, and nothing else.
     */
    static InHouseCostModel flatInHouse() {
        return new InHouseCostModel(12_000, 0, 0, 1_200, 0, 0, 1e12, 0, 1e12, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** 10 USD per productive hour at 0.8 base per USD (8,000 base a month); transition 3,750 USD = 3,000 base. */
    static VendorOffer hourlyUsdVendor() {
        return VendorOffer.of("Hourly", PricingModel.PER_PRODUCTIVE_HOUR, 10)
                .withTransitionCost(3_750)
                .inCurrency("USD", 0.8);
    }

    /** 1 month parallel run, knowledge transfer 1,000, exit 2,000, churn 1.2 % × 1,000 × 500 = 500 a month. */
    static HiddenCosts simpleHidden() {
        return new HiddenCosts(0, 0, 1, 1_000, 2_000, 0.012, 1_000, 500);
    }

    /** Annual rate whose monthly equivalent is exactly 1 %. */
    static final double ONE_PERCENT_A_MONTH = Math.pow(1.01, 12) - 1;

    static BusinessCaseInputs simpleCase() {
        return new BusinessCaseInputs(
                simpleWorkload(), flatInHouse(), List.of(hourlyUsdVendor()), simpleHidden(), 12, ONE_PERCENT_A_MONTH);
    }

    /** A realistic three-year case with default cost assumptions. */
    static BusinessCaseInputs threeYearCase() {
        return new BusinessCaseInputs(
                Workload.of(60_000, 330),
                InHouseCostModel.defaults(),
                List.of(
                        VendorOffer.of("Nearshore", PricingModel.PER_PRODUCTIVE_HOUR, 24)
                                .withTransitionCost(80_000),
                        VendorOffer.of("Per minute", PricingModel.PER_HANDLED_MINUTE, 0.55)),
                new HiddenCosts(1.5, 90_000, 2, 40_000, 60_000, 0.004, 20_000, 900),
                36,
                0.08);
    }

    static UncertainInputs threeYearUncertainty() {
        return UncertainInputs.fixedAt(threeYearCase())
                .withContactsPerMonth(Distribution.triangular(50_000, 60_000, 75_000))
                .withAhtSeconds(Distribution.normal(330, 20))
                .withAnnualAttritionRate(Distribution.uniform(0.25, 0.50))
                .withExtraAnnualChurnRate(Distribution.triangular(0, 0.004, 0.015))
                .withParallelRunMonths(Distribution.uniform(1, 5));
    }
}
