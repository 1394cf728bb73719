package com.steward.core.scorecards;

/**
 * How much of a scorecard's weight sits on quality and customer metrics.
 *
 * @param qualityAndCustomerWeight weight of quality and customer metrics
 * @param totalWeight weight of all metrics
 * @param share {@code qualityAndCustomerWeight / totalWeight}, 0 for an empty scorecard
 * @param required the least share the contract demands, e.g. 0.6
 */
public record QualityShare(double qualityAndCustomerWeight, double totalWeight, double share, double required) {

    /** True when quality and customer metrics carry at least the required share. */
    public boolean met() {
        return share + 1e-9 >= required;
    }
}
