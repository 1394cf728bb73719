package com.steward.app.renewal;

/** Where a remediation milestone stands. */
public enum MilestoneStatus {
    OPEN,
    DONE,
    MISSED
}
