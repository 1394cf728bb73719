package com.steward.app.duediligence;

/** A question of the reference-call question set; inactive questions are kept for past answers. */
public record ReferenceQuestion(long id, int position, String text, boolean active) {}
