package com.steward.analytics.ingest;

/** What to do with a file that has invalid rows. */
public enum ImportPolicy {
    /** Store nothing from the file when any row is invalid. */
    REJECT_FILE,
    /** Store the valid rows and report the invalid ones. */
    ACCEPT_GOOD
}
