package com.steward.core.governance;

/** What was recorded about a promise: still open, kept (on {@code kept_on}) or broken. */
public enum PromiseStatus {
    OPEN,
    KEPT,
    BROKEN
}
