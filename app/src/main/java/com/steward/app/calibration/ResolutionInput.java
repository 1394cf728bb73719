package com.steward.app.calibration;

/**
 * The client's answer to a dispute: upheld with the corrected expert score, or rejected, with a note.
 *
 * @param upheld true to accept the dispute and replace the expert's score with {@code newScore}
 */
public record ResolutionInput(Boolean upheld, Double newScore, String note) {}
