package com.steward.app.vendors;

/** Where a vendor stands in the lifecycle; {@link #IN_HOUSE} marks the client's own center. */
public enum VendorStatus {
    PROSPECT,
    SHORTLISTED,
    CONTRACTED,
    EXITED,
    IN_HOUSE
}
