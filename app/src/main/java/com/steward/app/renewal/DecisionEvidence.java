package com.steward.app.renewal;

import java.util.List;

/**
 * What a decision was taken on, frozen at decision time.
 *
 * @param comparison the option comparison evaluated at decision time, null when there was none
 * @param history the under-performance history and standings at decision time
 * @param remediation the contract's remediation plans with their progress at decision time
 */
public record DecisionEvidence(
        OptionsEvaluation comparison, UnderPerformanceHistory history, List<PlanSummary> remediation) {

    /**
     * A remediation plan as it stood.
     *
     * @param planId the plan
     * @param status its status
     * @param openedOn when it opened
     * @param done milestones done
     * @param missed milestones missed
     * @param open milestones open
     */
    public record PlanSummary(long planId, String status, String openedOn, int done, int missed, int open) {}
}
