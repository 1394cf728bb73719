package com.steward.app.reviews;

import org.jspecify.annotations.Nullable;

/** Someone invited to a meeting, from either side, and whether they came; a side is required when recorded. */
public record Attendee(
        String name, @Nullable Side side, @Nullable String jobTitle, boolean present) {}
