package com.steward.app.reviews;

/** Someone invited to a meeting, from either side, and whether they came. */
public record Attendee(String name, Side side, String jobTitle, boolean present) {}
