package com.steward.app.calibration;

/** OPEN while graders score (each sees only its own scores), CLOSED once the results are computed and shown. */
public enum SessionStatus {
    OPEN,
    CLOSED
}
