package com.steward.core.calibration;

/** A rater scored the same target twice: which score counts is not ours to guess. */
public final class DuplicateRatingException extends IllegalArgumentException {

    private final String target;
    private final String rater;

    private DuplicateRatingException(String target, String rater) {
        super("rater " + rater + " scored target " + target + " twice");
        this.target = target;
        this.rater = rater;
    }

    public static DuplicateRatingException of(String target, String rater) {
        return new DuplicateRatingException(target, rater);
    }

    public String target() {
        return target;
    }

    public String rater() {
        return rater;
    }
}
