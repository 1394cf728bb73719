package com.steward.app.renewal;

import java.util.List;

/**
 * An evaluated option comparison: each option's term cost, NPV, savings and break-even against renewing the current
 * contract, and its chance of beating it in the Monte Carlo.
 *
 * @param contractId the contract
 * @param comparisonId the stored comparison, 0 when not stored
 * @param name the comparison's name
 * @param termMonths months compared
 * @param annualDiscountRate discount rate of the NPVs
 * @param trials Monte Carlo trials
 * @param seed Monte Carlo seed
 * @param options RENEW, then SWITCH (when given), then IN_HOUSE
 * @param cheapest kind of the option with the lowest term cost
 * @param inputs the inputs, defaults filled in
 */
public record OptionsEvaluation(
        long contractId,
        long comparisonId,
        String name,
        int termMonths,
        double annualDiscountRate,
        int trials,
        long seed,
        List<Option> options,
        String cheapest,
        OptionsInput inputs) {

    /**
     * One option.
     *
     * @param kind RENEW, SWITCH or IN_HOUSE
     * @param name vendor name or "In-house"
     * @param totalCost cost over the term
     * @param npv present value of the monthly costs
     * @param oneTimeCosts switching, rebuild and leaving costs, counted once
     * @param savingsVsCurrent RENEW total − this total
     * @param savingsPercentVsCurrent savings / RENEW total
     * @param npvSavingsVsCurrent RENEW NPV − this NPV
     * @param breakEvenMonth first month at or below RENEW's cumulative cost; null if never (and for RENEW)
     * @param chanceOfBeatingCurrent share of Monte Carlo trials cheaper than RENEW; null for RENEW
     * @param monthlyCosts cost of each month
     * @param cumulativeCosts running total
     */
    public record Option(
            String kind,
            String name,
            double totalCost,
            double npv,
            double oneTimeCosts,
            double savingsVsCurrent,
            double savingsPercentVsCurrent,
            double npvSavingsVsCurrent,
            Integer breakEvenMonth,
            Double chanceOfBeatingCurrent,
            List<Double> monthlyCosts,
            List<Double> cumulativeCosts) {}
}
