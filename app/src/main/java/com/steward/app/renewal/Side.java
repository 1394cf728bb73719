package com.steward.app.renewal;

/** Who owes a remediation milestone. */
public enum Side {
    CLIENT,
    VENDOR
}
