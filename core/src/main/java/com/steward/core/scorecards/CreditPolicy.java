package com.steward.core.scorecards;

/**
 * How service credits and earn-backs follow from the monthly overall score.
 *
 * @param thresholdScore overall score (0–100) below which credits accrue, e.g. 80
 * @param creditPercentPerPoint credit in % of the monthly invoice per score point below
 *     {@code thresholdScore}, e.g. 0.5
 * @param capPercent most credit in % of one month's invoice, e.g. 10
 * @param earnBackMonths consecutive good months (score ≥ {@code thresholdScore}) that earn back
 *     the credits outstanding before them; 0 disables earn-back
 * @param earnBackShare share 0–1 of an outstanding credit returned on earn-back
 */
public record CreditPolicy(
        double thresholdScore,
        double creditPercentPerPoint,
        double capPercent,
        int earnBackMonths,
        double earnBackShare) {

    public CreditPolicy {
        if (!(thresholdScore >= 0 && thresholdScore <= 100)) {
            throw new IllegalArgumentException("thresholdScore must be in [0, 100], was " + thresholdScore);
        }
        if (!(creditPercentPerPoint >= 0 && creditPercentPerPoint <= 100)) {
            throw new IllegalArgumentException(
                    "creditPercentPerPoint must be in [0, 100], was " + creditPercentPerPoint);
        }
        if (!(capPercent >= 0 && capPercent <= 100)) {
            throw new IllegalArgumentException("capPercent must be in [0, 100], was " + capPercent);
        }
        if (earnBackMonths < 0 || earnBackMonths > 36) {
            throw new IllegalArgumentException("earnBackMonths must be in [0, 36], was " + earnBackMonths);
        }
        if (!(earnBackShare >= 0 && earnBackShare <= 1)) {
            throw new IllegalArgumentException("earnBackShare must be in [0, 1], was " + earnBackShare);
        }
    }

    /** 80 points, 0.5 % per point, capped at 10 %, earned back in full after 3 good months. */
    public static CreditPolicy defaults() {
        return new CreditPolicy(80, 0.5, 10, 3, 1.0);
    }
}
