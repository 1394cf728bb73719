package com.steward.app.costing;

import com.steward.core.costing.InHouseCostModel;
import java.util.List;

/**
 * A scenario evaluated: the in-house option and each vendor option over the contract term.
 *
 * @param scenarioId the scenario, or 0 for unsaved inputs
 * @param name scenario name
 * @param termMonths contract term
 * @param annualDiscountRate NPV discount rate
 * @param agentHoursPerMonth logged-in agent hours per month every option is priced on
 * @param inHouseMonthly in-house monthly cost by component
 * @param options in-house first, then the offers in input order
 */
public record ScenarioEvaluation(
        long scenarioId,
        String name,
        int termMonths,
        double annualDiscountRate,
        double agentHoursPerMonth,
        InHouseCostModel.InHouseCost inHouseMonthly,
        List<Option> options) {

    public ScenarioEvaluation {
        options = List.copyOf(options);
    }

    /**
     * One option.
     *
     * @param name "In-house" or the offer name
     * @param inHouse whether this is the in-house option
     * @param annualCosts cost per contract year
     * @param cumulativeCosts cumulative cost at the end of each month
     * @param totalCost over the term
     * @param npv present value of the monthly costs
     * @param savings in-house total − this total
     * @param savingsPercent savings / in-house total (0.2 = 20 %)
     * @param npvSavings in-house NPV − this NPV
     * @param breakEvenMonth first month whose cumulative savings are ≥ 0; null if never
     */
    public record Option(
            String name,
            boolean inHouse,
            List<Double> annualCosts,
            List<Double> cumulativeCosts,
            double totalCost,
            double npv,
            double savings,
            double savingsPercent,
            double npvSavings,
            Integer breakEvenMonth) {}
}
