package com.steward.core.scorecards;

/** Which way a metric improves. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** True when {@code a} is strictly better than {@code b} in this direction. */
    public boolean better(double a, double b) {
        return this == HIGHER_IS_BETTER ? a > b : a < b;
    }
}
