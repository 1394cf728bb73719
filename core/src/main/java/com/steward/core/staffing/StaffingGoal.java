package com.steward.core.staffing;

/**
 * What an interval must achieve: a service level (share answered within the input's threshold) or
 * an average speed of answer, and never more than a maximum occupancy.
 *
 * @param kind which metric the target applies to
 * @param target for {@link Kind#SERVICE_LEVEL} a share strictly between 0 and 1; for {@link
 *     Kind#AVERAGE_SPEED_OF_ANSWER} a number of seconds &gt; 0
 * @param maxOccupancy occupancy cap in (0, 1]; 1 means no cap
 */
public record StaffingGoal(Kind kind, double target, double maxOccupancy) {

    /** The metric a goal constrains. */
    public enum Kind {
        /** Answered within the threshold / offered ≥ target. */
        SERVICE_LEVEL,
        /** Average speed of answer ≤ target seconds. */
        AVERAGE_SPEED_OF_ANSWER
    }

    public StaffingGoal {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (kind == Kind.SERVICE_LEVEL) {
            Checks.openUnit("target", target);
        } else {
            Checks.positive("target", target);
        }
        if (!(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new IllegalArgumentException("maxOccupancy must be in (0, 1], was " + maxOccupancy);
        }
    }

    /** At least {@code target} (e.g. 0.8) answered within the input's threshold; no occupancy cap. */
    public static StaffingGoal serviceLevel(double target) {
        return new StaffingGoal(Kind.SERVICE_LEVEL, target, 1);
    }

    /** Average speed of answer at most {@code seconds}; no occupancy cap. */
    public static StaffingGoal averageSpeedOfAnswer(double seconds) {
        return new StaffingGoal(Kind.AVERAGE_SPEED_OF_ANSWER, seconds, 1);
    }

    /** The same goal with an occupancy cap (e.g. 0.85). */
    public StaffingGoal withMaxOccupancy(double cap) {
        return new StaffingGoal(kind, target, cap);
    }

    /** Whether {@code metrics} meet this goal. */
    public boolean isMetBy(QueueMetrics metrics) {
        if (!metrics.stable() || metrics.occupancy() > maxOccupancy) {
            return false;
        }
        return switch (kind) {
            case SERVICE_LEVEL -> metrics.serviceLevel() >= target;
            case AVERAGE_SPEED_OF_ANSWER -> metrics.asaSeconds() <= target;
        };
    }
}
