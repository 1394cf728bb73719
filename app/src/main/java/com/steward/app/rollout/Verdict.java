package com.steward.app.rollout;

/** The outcome of one gate on the data. */
public enum Verdict {
    PASS,
    FAIL,
    NOT_ENOUGH_DATA
}
