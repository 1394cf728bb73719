package com.steward.app.reviews;

import org.jspecify.annotations.Nullable;

/** A status change and/or a note on an action; null status keeps the current one, but one of the two is needed. */
public record ActionUpdateInput(
        @Nullable ActionStatus status, @Nullable String note) {}
