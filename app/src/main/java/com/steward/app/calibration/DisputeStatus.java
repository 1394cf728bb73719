package com.steward.app.calibration;

/** OPEN until the client answers; UPHELD replaces the expert's score, REJECTED keeps it. */
public enum DisputeStatus {
    OPEN,
    UPHELD,
    REJECTED
}
