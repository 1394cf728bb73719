package com.steward.core.statistics;

/**
 * Observations needed per group to detect a difference, two-sided α = 5% and power 80% unless given.
 *
 * <ul>
 *   <li>two proportions (pooled-variance form; J. L. Fleiss, <i>Statistical Methods for Rates and
 *       Proportions</i>, 2nd ed., 1981, eq. 3.14 without continuity correction, as R's {@code
 *       power.prop.test}): n = (z_{α/2}·√(2·p̄·q̄) + z_β·√(p₁q₁ + p₂q₂))² / (p₁ − p₂)²;
 *   <li>a difference against a margin (non-inferiority, S.-C. Chow, J. Shao &amp; H. Wang, <i>Sample Size
 *       Calculations in Clinical Research</i>, 2nd ed., 2008, §4.2 and §3.2): n = (z_{α/2} + z_β)² · (σ₁² +
 *       σ₂²) / δ², δ the distance between the expected difference and the margin;
 *   <li>two means: the same with σ² the observation variances, plus Guenther's t-correction z_{α/2}²/4 (W. C.
 *       Guenther, "Sample size formulas for normal theory t tests", The American Statistician 35 (1981)
 *       243–244), which brings the normal formula within one observation of the exact t-based answer;
 *   <li>one proportion or mean against a fixed threshold: n = (z_{α/2} + z_β)² · σ² / δ².
 * </ul>
 */
public final class SampleSize {

    /** z for 80% power, Φ⁻¹(0.8). */
    public static final double Z_POWER_80 = 0.8416212335729143;

    private SampleSize() {}

    /** Per-group n to tell proportions {@code p1} and {@code p2} apart (95%, 80% power), rounded up. */
    public static long twoProportions(double p1, double p2) {
        return twoProportions(p1, p2, ProportionIntervals.Z_95, Z_POWER_80);
    }

    /** Per-group n with explicit quantiles, as a real number (before rounding up). */
    public static double twoProportionsExact(double p1, double p2, double zAlpha, double zBeta) {
        checkProportion(p1);
        checkProportion(p2);
        if (p1 == p2) {
            return Double.POSITIVE_INFINITY;
        }
        double pBar = (p1 + p2) / 2;
        double root = zAlpha * Math.sqrt(2 * pBar * (1 - pBar)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
        return root * root / ((p1 - p2) * (p1 - p2));
    }

    public static long twoProportions(double p1, double p2, double zAlpha, double zBeta) {
        return ceil(twoProportionsExact(p1, p2, zAlpha, zBeta));
    }

    /**
     * Per-group n so that a 95% interval of p₁ − p₂ clears a margin {@code distance} away from the expected
     * difference with 80% power (σ² = p₁q₁ + p₂q₂).
     */
    public static long proportionsAgainstMargin(double p1, double p2, double distance) {
        checkProportion(p1);
        checkProportion(p2);
        return againstMargin(p1 * (1 - p1) + p2 * (1 - p2), distance);
    }

    /** Per-group n for two means with observation standard deviations sd1, sd2 (95%, 80%, Guenther-corrected). */
    public static long twoMeans(double sd1, double sd2, double distance) {
        return twoMeans(sd1, sd2, distance, ProportionIntervals.Z_95, Z_POWER_80);
    }

    public static long twoMeans(double sd1, double sd2, double distance, double zAlpha, double zBeta) {
        return ceil(twoMeansExact(sd1, sd2, distance, zAlpha, zBeta));
    }

    /** Per-group n for two means as a real number. */
    public static double twoMeansExact(double sd1, double sd2, double distance, double zAlpha, double zBeta) {
        if (distance == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double z = zAlpha + zBeta;
        return z * z * (sd1 * sd1 + sd2 * sd2) / (distance * distance) + zAlpha * zAlpha / 4;
    }

    /** n for one proportion {@code p} to be told from a threshold {@code distance} away (95%, 80%). */
    public static long oneProportion(double p, double distance) {
        checkProportion(p);
        return againstMargin(p * (1 - p), distance);
    }

    /** n for one mean with observation standard deviation {@code sd} against a threshold {@code distance} away. */
    public static long oneMean(double sd, double distance) {
        return againstMargin(sd * sd, distance);
    }

    private static long againstMargin(double variance, double distance) {
        if (distance == 0) {
            return Long.MAX_VALUE;
        }
        double z = ProportionIntervals.Z_95 + Z_POWER_80;
        return ceil(z * z * variance / (distance * distance));
    }

    private static long ceil(double n) {
        if (Double.isInfinite(n) || n >= Long.MAX_VALUE) {
            return Long.MAX_VALUE;
        }
        return Math.max(2, (long) Math.ceil(n - 1e-9));
    }

    private static void checkProportion(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a proportion must be in [0, 1], was " + p);
        }
    }
}
