package com.steward.app.keycustomers;

/**
 * The outcome of a call; {@code satisfaction} 1–5 is required when REACHED and must be empty otherwise.
 */
public record OutcomeInput(CallOutcome outcome, Integer satisfaction, String feedback, Boolean followUp) {}
