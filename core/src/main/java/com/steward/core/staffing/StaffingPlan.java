package com.steward.core.staffing;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Agents and FTE per interval for a forecast, with totals.
 *
 * @param intervalLength length of each interval
 * @param intervals one line per forecast interval, in order
 * @param totalContacts Σ forecast contacts
 * @param peakAgents largest agents requirement of any interval
 * @param agentHours Σ agents × interval hours (time on the phones)
 * @param paidHours Σ rounded FTE × interval hours (whole people scheduled, shrinkage included)
 * @param paidHoursUnrounded Σ unrounded FTE × interval hours
 */
public record StaffingPlan(
        Duration intervalLength,
        List<IntervalStaffing> intervals,
        double totalContacts,
        int peakAgents,
        double agentHours,
        double paidHours,
        double paidHoursUnrounded) {

    public StaffingPlan {
        intervals = List.copyOf(intervals);
    }

    /**
     * One interval of a plan.
     *
     * @param start interval start
     * @param contacts forecast contacts
     * @param ahtSeconds forecast AHT
     * @param agents required agents on the phones
     * @param fte unrounded FTE, agents / (1 − shrinkage)
     * @param roundedFte ⌈fte⌉
     * @param metrics queue metrics with {@code agents}
     */
    public record IntervalStaffing(
            LocalDateTime start,
            double contacts,
            double ahtSeconds,
            int agents,
            double fte,
            int roundedFte,
            QueueMetrics metrics) {}
}
