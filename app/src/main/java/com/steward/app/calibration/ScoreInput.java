package com.steward.app.calibration;

/** One grader's score of one sampled interaction. */
public record ScoreInput(Long itemId, Double score) {}
