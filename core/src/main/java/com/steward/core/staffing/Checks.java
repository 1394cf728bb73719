package com.steward.core.staffing;

/** Argument checks shared by the staffing records; messages name the offending field. */
final class Checks {

    private Checks() {}

    static double positive(String field, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number > 0, was " + value);
        }
        return value;
    }

    static double nonNegative(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(field + " must be a finite number >= 0, was " + value);
        }
        return value;
    }

    static int nonNegative(String field, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0, was " + value);
        }
        return value;
    }

    static double openUnit(String field, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(field + " must be strictly between 0 and 1, was " + value);
        }
        return value;
    }
}
