package com.steward.core.scorecards;

/** What a scorecard metric measures; quality and customer metrics lead, operational ones are secondary. */
public enum MetricKind {
    QUALITY,
    CUSTOMER,
    OPERATIONAL;

    /** True for the kinds that count towards the quality share (quality and customer). */
    public boolean qualityOrCustomer() {
        return this != OPERATIONAL;
    }
}
