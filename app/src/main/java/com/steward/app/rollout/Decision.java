package com.steward.app.rollout;

/** What the client decides at a phase's gate review. */
public enum Decision {
    GO,
    NO_GO,
    EXTEND
}
