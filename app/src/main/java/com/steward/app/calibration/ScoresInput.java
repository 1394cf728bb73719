package com.steward.app.calibration;

import java.util.List;

/** A grader's scores in one request: stored all together, or none. */
public record ScoresInput(List<ScoreInput> scores) {}
