package com.steward.core.costing;

/** How a vendor prices its work; each unit is derived from the same {@link Workload}. */
public enum PricingModel {
    /** Per logged-in (productive) agent hour: {@link Workload#agentHoursPerMonth()}. */
    PER_PRODUCTIVE_HOUR,
    /** Per handled minute: contacts × AHT / 60. */
    PER_HANDLED_MINUTE,
    /** Per handled contact. */
    PER_CONTACT,
    /** Per FTE-month: agent hours / (paid hours per FTE-month × (1 − vendor shrinkage)). */
    PER_FTE_MONTH
}
