package com.steward.app.calibration;

/**
 * One grader's alignment with the client's expert: mean absolute difference and bias (grader − expert) with its
 * 95 % t interval, over the n interactions both scored.
 */
public record AlignmentRow(
        long userId,
        String grader,
        String vendor,
        int n,
        double meanAbsoluteDifference,
        double bias,
        double biasLow,
        double biasHigh) {}
