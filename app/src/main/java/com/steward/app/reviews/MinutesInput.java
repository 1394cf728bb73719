package com.steward.app.reviews;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Minutes, agreed next steps and the attendance of a meeting; replaces what was recorded before. */
public record MinutesInput(
        @Nullable String minutes,
        @Nullable String nextSteps,
        @Nullable List<Attendee> attendees) {}
