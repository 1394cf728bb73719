package com.steward.app.reviews;

/** Where a meeting stands: planned, held (with {@code heldAt}) or cancelled. */
public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
