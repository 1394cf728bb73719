package com.steward.core.scorecards;

/** Where a vendor stands after a period, from best to worst. */
public enum Standing {
    /** The period met the scorecard: score at or above the threshold score and no metric breached. */
    GREEN,
    /** The first period below threshold (score or a breached metric). */
    WATCH,
    /** Below threshold for {@code remediationAfter} consecutive periods or more: a remediation plan is due. */
    REMEDIATION,
    /** Chronic under-performance: below threshold for {@code chronicAfter} consecutive periods or more. */
    EXIT_CANDIDATE
}
