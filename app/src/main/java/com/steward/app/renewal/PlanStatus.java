package com.steward.app.renewal;

/** Where a remediation plan stands: OPEN while running; SUCCEEDED, FAILED or CLOSED once it ends. */
public enum PlanStatus {
    OPEN,
    SUCCEEDED,
    FAILED,
    CLOSED
}
