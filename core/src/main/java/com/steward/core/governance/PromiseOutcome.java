package com.steward.core.governance;

/** A promise's outcome as of a day: see {@link PromiseKeeping#outcome}. */
public enum PromiseOutcome {
    /** Open and not yet due. */
    OPEN,
    /** Open and past its due date. */
    OVERDUE,
    /** Kept on or before its due date. */
    KEPT,
    /** Kept after its due date. */
    KEPT_LATE,
    /** Recorded as broken. */
    BROKEN;

    /** Whether the outcome counts in the kept rate's denominator (resolved, or open past due). */
    public boolean counted() {
        return this != OPEN;
    }
}
