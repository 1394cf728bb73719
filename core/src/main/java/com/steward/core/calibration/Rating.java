package com.steward.core.calibration;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One grader's score of one target (an interaction).
 *
 * @param target what was scored
 * @param rater who scored it
 * @param score the score, or {@code null} when the rater did not score it (missing, "not reported")
 */
public record Rating(String target, String rater, @Nullable Double score) {

    public Rating {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(rater, "rater");
        if (target.isBlank()) {
            throw new IllegalArgumentException("target must not be blank");
        }
        if (rater.isBlank()) {
            throw new IllegalArgumentException("rater must not be blank");
        }
        if (score != null && !Double.isFinite(score)) {
            throw new IllegalArgumentException("score of " + rater + " on " + target + " must be a finite number");
        }
    }

    public static Rating of(String target, String rater, double score) {
        return new Rating(target, rater, score);
    }

    public static Rating missing(String target, String rater) {
        return new Rating(target, rater, null);
    }
}
