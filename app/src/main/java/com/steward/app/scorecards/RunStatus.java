package com.steward.app.scorecards;

/** Where a scorecard run stands. */
public enum RunStatus {
    /** Computed, not published: may be discarded or published. */
    DRAFT,
    /** The current published version of its period. */
    PUBLISHED,
    /** A published version replaced by a restatement; kept, shown side by side. */
    RESTATED
}
