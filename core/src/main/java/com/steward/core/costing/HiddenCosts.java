package com.steward.core.costing;

/**
 * Costs of outsourcing that business cases tend to forget, in the base currency.
 *
 * @param governanceFte client staff managing the vendor (vendor managers, QA, WFM liaison), in FTE
 * @param governanceAnnualCostPerFte loaded annual cost of one governance FTE
 * @param parallelRunMonths transition months in which the in-house center keeps running while the
 *     vendor ramps up (both are paid)
 * @param knowledgeTransferCost one-time cost of documenting processes and training the vendor
 * @param exitCost one-time cost at the end of the term (re-sourcing, data return, knowledge back)
 * @param extraAnnualChurnRate additional share of affected customers lost per year because of the
 *     change (e.g. 0.005)
 * @param customersAffected customers served by the outsourced queue
 * @param customerLifetimeValue average lifetime value of one customer
 */
public record HiddenCosts(
        double governanceFte,
        double governanceAnnualCostPerFte,
        int parallelRunMonths,
        double knowledgeTransferCost,
        double exitCost,
        double extraAnnualChurnRate,
        double customersAffected,
        double customerLifetimeValue) {

    public HiddenCosts {
        Checks.nonNegative("governanceFte", governanceFte);
        Checks.nonNegative("governanceAnnualCostPerFte", governanceAnnualCostPerFte);
        if (parallelRunMonths < 0) {
            throw new IllegalArgumentException("parallelRunMonths must be >= 0, was " + parallelRunMonths);
        }
        Checks.nonNegative("knowledgeTransferCost", knowledgeTransferCost);
        Checks.nonNegative("exitCost", exitCost);
        if (!(extraAnnualChurnRate >= 0 && extraAnnualChurnRate <= 1)) {
            throw new IllegalArgumentException("extraAnnualChurnRate must be in [0, 1], was " + extraAnnualChurnRate);
        }
        Checks.nonNegative("customersAffected", customersAffected);
        Checks.nonNegative("customerLifetimeValue", customerLifetimeValue);
    }

    /** No forgotten costs at all (for comparison with a naive business case). */
    public static HiddenCosts none() {
        return new HiddenCosts(0, 0, 0, 0, 0, 0, 0, 0);
    }

    /**
     * Illustrative defaults: 1.5 governance FTE at 90,000; 2 months of parallel run; knowledge
     * transfer 40,000; exit 60,000; no customer-loss assumption (set churn, customers and CLV).
     */
    public static HiddenCosts defaults() {
        return new HiddenCosts(1.5, 90_000, 2, 40_000, 60_000, 0, 0, 0);
    }

    public HiddenCosts withParallelRunMonths(int months) {
        return new HiddenCosts(
                governanceFte,
                governanceAnnualCostPerFte,
                months,
                knowledgeTransferCost,
                exitCost,
                extraAnnualChurnRate,
                customersAffected,
                customerLifetimeValue);
    }

    public HiddenCosts withExtraAnnualChurnRate(double rate) {
        return new HiddenCosts(
                governanceFte,
                governanceAnnualCostPerFte,
                parallelRunMonths,
                knowledgeTransferCost,
                exitCost,
                rate,
                customersAffected,
                customerLifetimeValue);
    }

    /** Governance cost per month. */
    public double monthlyGovernance() {
        return governanceFte * governanceAnnualCostPerFte / 12;
    }

    /** Expected customer loss per month: extra annual churn × customers affected × CLV / 12. */
    public double monthlyCustomerLoss() {
        return extraAnnualChurnRate * customersAffected * customerLifetimeValue / 12;
    }
}
