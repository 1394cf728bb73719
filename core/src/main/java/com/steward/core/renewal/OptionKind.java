package com.steward.core.renewal;

/** The three ways out of (or on with) a contract that is up for renewal. */
public enum OptionKind {
    /** Renew the current vendor, at the current or a renegotiated price. */
    RENEW,
    /** Move the work to another vendor. */
    SWITCH,
    /** Bring the work back in house. */
    IN_HOUSE
}
