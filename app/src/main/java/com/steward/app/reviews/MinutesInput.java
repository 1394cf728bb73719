package com.steward.app.reviews;

import java.util.List;

/** Minutes, agreed next steps and the attendance of a meeting; replaces what was recorded before. */
public record MinutesInput(String minutes, String nextSteps, List<Attendee> attendees) {}
