package com.steward.core.scorecards;

/**
 * When consecutive periods below threshold escalate.
 *
 * @param thresholdScore overall score below which a period is below threshold (usually the
 *     credit policy's)
 * @param remediationAfter consecutive periods below threshold that call for remediation, ≥ 2
 * @param chronicAfter consecutive periods below threshold that are chronic under-performance,
 *     greater than {@code remediationAfter}
 */
public record StandingPolicy(double thresholdScore, int remediationAfter, int chronicAfter) {

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
    }

    /** Threshold 80; remediation after 2, chronic after 3 consecutive periods below threshold. */
    public static StandingPolicy defaults() {
        return new StandingPolicy(80, 2, 3);
    }
}
