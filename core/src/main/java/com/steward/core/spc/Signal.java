package com.steward.core.spc;

/** Whether a point is out of control, and on which side. */
public enum Signal {
    NONE,
    /** Above the upper control limit: the process mean rose. */
    HIGH,
    /** Below the lower control limit: the process mean fell. */
    LOW;

    public boolean raised() {
        return this != NONE;
    }
}
