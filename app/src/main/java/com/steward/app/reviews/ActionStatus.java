package com.steward.app.reviews;

/** Where an action item stands; DONE and CANCELLED are closed. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean closed() {
        return this == DONE || this == CANCELLED;
    }
}
