package com.steward.app.monitoring;

/** Where an alert stands in the inbox. */
public enum AlertStatus {
    OPEN,
    ACKNOWLEDGED,
    RESOLVED
}
