package com.steward.app.calibration;

import java.time.LocalDate;

/**
 * One closed session in the trend: reliability (ICC(2,1), ordinal alpha) and alignment (mean absolute difference
 * of the graders the caller may see: all for client staff, its own for a VENDOR user). Null = not estimable.
 */
public record TrendPoint(
        long sessionId, String name, LocalDate periodTo, Double icc21, Double alpha, Double meanAbsoluteDifference) {}
