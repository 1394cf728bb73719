package com.steward.app.rollout;

/** A go / no-go / extend decision for a phase with its rationale. */
public record DecisionInput(Decision decision, String rationale) {}
