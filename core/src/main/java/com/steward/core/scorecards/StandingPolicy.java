package com.steward.core.scorecards;

/**
 * When consecutive periods below threshold escalate, and when a vendor has recovered.
 *
 * @param thresholdScore overall score below which a period is below threshold (usually the
 *     credit policy's)
 * @param remediationAfter consecutive periods below threshold that call for remediation, ≥ 2
 * @param chronicAfter consecutive periods below threshold that are chronic under-performance,
 *     greater than {@code remediationAfter}
 * @param recoveryAfter consecutive good periods that end a run once it has reached remediation,
 *     in [1, 12]; 1 means the first good period ends it (a run still at WATCH always ends with
 *     one good period)
 */
public record StandingPolicy(double thresholdScore, int remediationAfter, int chronicAfter, int recoveryAfter) {

    /** Threshold 80; remediation after 2 and chronic after 3 consecutive periods below; recovery after 1. */
    public static final int DEFAULT_RECOVERY_AFTER = 1;

    public StandingPolicy {
        if (!(thresholdScore >= 0 && thresholdScore <= 100)) {
            throw new IllegalArgumentException("thresholdScore must be in [0, 100], was " + thresholdScore);
        }
        if (remediationAfter < 2 || remediationAfter > 24) {
            throw new IllegalArgumentException("remediationAfter must be in [2, 24], was " + remediationAfter);
        }
        if (chronicAfter <= remediationAfter || chronicAfter > 36) {
            throw new IllegalArgumentException("chronicAfter must be greater than remediationAfter (" + remediationAfter
                    + ") and at most 36, was " + chronicAfter);
        }
        if (recoveryAfter < 1 || recoveryAfter > 12) {
            throw new IllegalArgumentException("recoveryAfter must be in [1, 12], was " + recoveryAfter);
        }
    }

    /** The policy with recovery after one good period. */
    public StandingPolicy(double thresholdScore, int remediationAfter, int chronicAfter) {
        this(thresholdScore, remediationAfter, chronicAfter, DEFAULT_RECOVERY_AFTER);
    }

    /** Threshold 80; remediation after 2, chronic after 3 consecutive periods below threshold; recovery after 1. */
    public static StandingPolicy defaults() {
        return new StandingPolicy(80, 2, 3, DEFAULT_RECOVERY_AFTER);
    }
}
