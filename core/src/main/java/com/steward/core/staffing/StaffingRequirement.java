package com.steward.core.staffing;

/**
 * The smallest number of agents meeting a goal, and the metrics at that staffing.
 *
 * @param agents required agents on the phones
 * @param metrics queue metrics with that many agents
 */
public record StaffingRequirement(int agents, QueueMetrics metrics) {

    public StaffingRequirement {
        Checks.nonNegative("agents", agents);
        if (metrics == null) {
            throw new IllegalArgumentException("metrics must not be null");
        }
    }
}
