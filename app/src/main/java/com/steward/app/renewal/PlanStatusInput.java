package com.steward.app.renewal;

/**
 * A change of a remediation plan's status.
 *
 * @param status the new status
 * @param note why, at most 2000 characters (required to end a plan)
 */
public record PlanStatusInput(PlanStatus status, String note) {}
