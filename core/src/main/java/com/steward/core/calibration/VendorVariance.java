package com.steward.core.calibration;

import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * One-way analysis of variance of scores grouped by vendor: does the vendor a grader works for explain more of the
 * spread than the graders of one vendor differ among themselves?
 *
 * <p>Fisher's one-way ANOVA (e.g. Snedecor &amp; Cochran, <i>Statistical Methods</i>, 8th ed., 1989, §12.2–12.6) with
 * g groups of nᵢ scores, N = Σnᵢ:
 *
 * <pre>
 *   SS_between = Σᵢ nᵢ (x̄ᵢ − x̄)²,   df = g − 1
 *   SS_within  = Σᵢ Σⱼ (xᵢⱼ − x̄ᵢ)², df = N − g
 *   F = MS_between / MS_within,  p = P(F(g − 1, N − g) ≥ F),  η² = SS_between / (SS_between + SS_within)
 *   σ²_between = max(0, (MS_between − MS_within) / n₀),  n₀ = (N − Σnᵢ²/N) / (g − 1)   (§13.7, unequal nᵢ)
 *   σ²_within  = MS_within
 * </pre>
 *
 * @param groups vendor → number of scores
 * @param ssBetween sum of squares between vendors
 * @param ssWithin sum of squares within vendors
 * @param f the F ratio ({@code +∞} when the scores within every vendor are equal but the vendors differ)
 * @param pValue P(F ≥ observed) under no vendor effect
 * @param etaSquared share of the total sum of squares between vendors
 * @param varianceBetween the between-vendor variance component σ²_between
 * @param varianceWithin the within-vendor variance σ²_within
 */
public record VendorVariance(
        Map<String, Integer> groups,
        double ssBetween,
        double ssWithin,
        int dfBetween,
        int dfWithin,
        double f,
        double pValue,
        double etaSquared,
        double varianceBetween,
        double varianceWithin) {

    public VendorVariance {
        groups = Map.copyOf(groups);
    }

    /** True when vendors differ more than the graders within one vendor do (σ²_between &gt; σ²_within). */
    public boolean betweenExceedsWithin() {
        return varianceBetween > varianceWithin;
    }

    /**
     * The decomposition of the scores by vendor.
     *
     * @throws IllegalArgumentException with fewer than two vendors, a vendor without scores, no within-vendor degrees
     *     of freedom, or no variation at all
     */
    public static VendorVariance of(Map<String, double[]> scoresByVendor) {
        if (scoresByVendor.size() < 2) {
            throw new IllegalArgumentException(
                    "comparing vendors needs at least two vendors; got " + scoresByVendor.keySet());
        }
        Map<String, Integer> sizes = new TreeMap<>();
        int total = 0;
        double sum = 0;
        for (Map.Entry<String, double[]> e : scoresByVendor.entrySet()) {
            if (e.getValue().length == 0) {
                throw new IllegalArgumentException("vendor " + e.getKey() + " has no scores");
            }
            for (double x : e.getValue()) {
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("vendor " + e.getKey() + " has a missing or infinite score");
                }
                sum += x;
            }
            sizes.put(e.getKey(), e.getValue().length);
            total += e.getValue().length;
        }
        int g = scoresByVendor.size();
        if (total <= g) {
            throw new IllegalArgumentException("comparing vendors needs more scores (" + total + ") than vendors (" + g
                    + ") to estimate the variance within them");
        }
        double grand = sum / total;
        double ssBetween = 0;
        double ssWithin = 0;
        double sumSquaredSizes = 0;
        for (double[] xs : scoresByVendor.values()) {
            double mean = 0;
            for (double x : xs) {
                mean += x;
            }
            mean /= xs.length;
            ssBetween += xs.length * (mean - grand) * (mean - grand);
            for (double x : xs) {
                ssWithin += (x - mean) * (x - mean);
            }
            sumSquaredSizes += (double) xs.length * xs.length;
        }
        if (ssBetween + ssWithin == 0) {
            throw new IllegalArgumentException("all scores are equal: there is no variance to decompose");
        }
        int dfB = g - 1;
        int dfW = total - g;
        double msB = ssBetween / dfB;
        double msW = ssWithin / dfW;
        double f = msW == 0 ? Double.POSITIVE_INFINITY : msB / msW;
        double p = msW == 0 ? 0 : FDistribution.of(dfB, dfW).survivalProbability(f);
        double n0 = (total - sumSquaredSizes / total) / dfB;
        double between = Math.max(0, (msB - msW) / n0);
        return new VendorVariance(
                sizes, ssBetween, ssWithin, dfB, dfW, f, p, ssBetween / (ssBetween + ssWithin), between, msW);
    }
}
