package com.steward.app.staffing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Agents and FTE per interval of a forecast, with totals.
 *
 * @param model {@code erlang-c} or {@code erlang-a}
 * @param intervalMinutes 15, 30 or 60
 * @param shrinkage shrinkage used for FTE
 * @param intervals one line per interval, in order
 * @param totalContacts Σ contacts
 * @param peakAgents most agents needed in any interval
 * @param agentHours Σ agents × interval hours
 * @param paidHours Σ rounded FTE × interval hours
 * @param paidHoursUnrounded Σ FTE × interval hours
 */
public record PlanResult(
        String model,
        long intervalMinutes,
        double shrinkage,
        List<Line> intervals,
        double totalContacts,
        int peakAgents,
        double agentHours,
        double paidHours,
        double paidHoursUnrounded) {

    public PlanResult {
        intervals = List.copyOf(intervals);
    }

    /**
     * One interval.
     *
     * @param start local start, ISO-8601
     * @param contacts forecast contacts
     * @param ahtSeconds forecast AHT
     * @param agents required agents
     * @param fte agents / (1 − shrinkage)
     * @param roundedFte ⌈fte⌉
     * @param serviceLevel at that staffing
     * @param asaSeconds at that staffing; null when infinite
     * @param occupancy at that staffing
     * @param probabilityOfAbandon Erlang A only, else null
     */
    public record Line(
            String start,
            double contacts,
            double ahtSeconds,
            int agents,
            double fte,
            int roundedFte,
            double serviceLevel,
            @JsonInclude(JsonInclude.Include.ALWAYS) Double asaSeconds,
            double occupancy,
            Double probabilityOfAbandon) {}
}
