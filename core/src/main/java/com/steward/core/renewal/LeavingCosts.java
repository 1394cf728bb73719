package com.steward.core.renewal;

/**
 * What leaving the current vendor costs whichever way the work goes (to another vendor or back in house), in the
 * base currency. Counted once, in month 1.
 *
 * @param exitFee exit / termination fee due under the current contract
 * @param transitionChurnRate share of the affected customers expected to be lost because of the transition (e.g.
 *     0.01 = 1 %)
 * @param customersAffected customers served by the queues that move
 * @param customerLifetimeValue average lifetime value of one customer
 */
public record LeavingCosts(
        double exitFee, double transitionChurnRate, double customersAffected, double customerLifetimeValue) {

    public LeavingCosts {
        Numbers.nonNegative("exitFee", exitFee);
        Numbers.rate("transitionChurnRate", transitionChurnRate);
        Numbers.nonNegative("customersAffected", customersAffected);
        Numbers.nonNegative("customerLifetimeValue", customerLifetimeValue);
    }

    /** Nothing to pay for leaving. */
    public static LeavingCosts none() {
        return new LeavingCosts(0, 0, 0, 0);
    }

    /**
     * Expected value of the customers lost in the transition: churn × customers affected × CLV (the customer-loss
     * term of the business case, {@code HiddenCosts.monthlyCustomerLoss}, taken once for the transition instead of
     * every month of the term).
     */
    public double customerLoss() {
        return transitionChurnRate * customersAffected * customerLifetimeValue;
    }

    /** Exit fee + customer loss. */
    public double total() {
        return exitFee + customerLoss();
    }

    public LeavingCosts withTransitionChurnRate(double rate) {
        return new LeavingCosts(exitFee, rate, customersAffected, customerLifetimeValue);
    }
}
