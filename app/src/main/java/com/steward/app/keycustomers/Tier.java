package com.steward.app.keycustomers;

/** How important a key account is. */
public enum Tier {
    STRATEGIC,
    MAJOR,
    STANDARD
}
