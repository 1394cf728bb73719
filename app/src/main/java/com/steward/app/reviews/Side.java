package com.steward.app.reviews;

/** Which side of the relationship a person, an action or a promise belongs to. */
public enum Side {
    CLIENT,
    VENDOR
}
