package com.steward.app.keycustomers;

/** How a direct call to a sampled key customer went. */
public enum CallOutcome {
    REACHED,
    NO_ANSWER,
    DECLINED
}
