package com.steward.app.renewal;

/** What was decided for a contract up for renewal. */
public enum DecisionOption {
    RENEW,
    SWITCH,
    IN_HOUSE,
    RENEW_WITH_REMEDIATION
}
