package com.steward.app.rollout;

/** The outcome of one gate on the data. */
public enum Verdict {
    PASS,
    FAIL,
    /** Insufficient data: too few observations, or the metric not reported (n = 0) on either side. */
    NOT_ENOUGH_DATA;

    /** How the verdict reads on a page. */
    public String label() {
        return this == NOT_ENOUGH_DATA ? "insufficient data" : name();
    }
}
