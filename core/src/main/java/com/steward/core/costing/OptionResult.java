package com.steward.core.costing;

import java.util.List;
import java.util.OptionalInt;

/**
 * The cost of one option over the contract term, in the base currency.
 *
 * @param name "In-house" or the offer name
 * @param monthlyCosts cost of each month, month 1 first
 * @param annualCosts cost of each contract year (the last one may be partial)
 * @param totalCost Σ monthly costs
 * @param npv present value of the monthly costs (see {@link Npv})
 * @param savings in-house total − this total (positive = cheaper than in-house)
 * @param savingsPercent savings / in-house total (0.2 = 20 %)
 * @param npvSavings in-house NPV − this NPV
 * @param breakEvenMonth first month (1-based) whose cumulative savings are ≥ 0; empty if never
 */
public record OptionResult(
        String name,
        List<Double> monthlyCosts,
        List<Double> annualCosts,
        double totalCost,
        double npv,
        double savings,
        double savingsPercent,
        double npvSavings,
        OptionalInt breakEvenMonth) {

    public OptionResult {
        monthlyCosts = List.copyOf(monthlyCosts);
        annualCosts = List.copyOf(annualCosts);
    }
}
