package com.steward.app.reviews;

/** A status change and/or a note on an action; null status keeps the current one, but one of the two is needed. */
public record ActionUpdateInput(ActionStatus status, String note) {}
