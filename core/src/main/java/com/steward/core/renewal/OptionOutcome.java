package com.steward.core.renewal;

import java.util.List;
import java.util.OptionalInt;

/**
 * One option over the term, against the current contract renewed as it is.
 *
 * @param kind renew, switch or in-house
 * @param name the option's name (vendor or "In-house")
 * @param monthlyCosts cost of each month, month 1 first
 * @param cumulativeCosts running total of {@code monthlyCosts}
 * @param totalCost Σ monthly costs over the term
 * @param npv present value of the monthly costs
 * @param oneTimeCosts the option's one-time costs (switching, rebuilding, leaving), counted once
 * @param savingsVsCurrent RENEW total − this total (positive: cheaper than renewing)
 * @param savingsPercentVsCurrent savings / RENEW total
 * @param npvSavingsVsCurrent RENEW NPV − this NPV
 * @param breakEvenMonth first month (1-based) whose cumulative cost is at or below RENEW's cumulative cost; empty
 *     if never, and for RENEW itself
 */
public record OptionOutcome(
        OptionKind kind,
        String name,
        List<Double> monthlyCosts,
        List<Double> cumulativeCosts,
        double totalCost,
        double npv,
        double oneTimeCosts,
        double savingsVsCurrent,
        double savingsPercentVsCurrent,
        double npvSavingsVsCurrent,
        OptionalInt breakEvenMonth) {

    public OptionOutcome {
        monthlyCosts = List.copyOf(monthlyCosts);
        cumulativeCosts = List.copyOf(cumulativeCosts);
    }
}
