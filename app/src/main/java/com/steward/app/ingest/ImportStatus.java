package com.steward.app.ingest;

/** Where an import stands. */
public enum ImportStatus {
    /** Still reading, validating or writing. */
    RUNNING,
    /** Rows were published to the lake. */
    COMMITTED,
    /** Nothing was stored: invalid rows under the reject-file policy, or no valid row at all. */
    REJECTED,
    /** The file could not be read as a whole (unreadable, a mapped column missing, ...); nothing was stored. */
    FAILED
}
