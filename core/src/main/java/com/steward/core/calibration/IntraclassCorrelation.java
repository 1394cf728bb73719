package com.steward.core.calibration;

import com.steward.core.statistics.Interval;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.statistics.distribution.FDistribution;

/**
 * The six intraclass correlations with their F-based confidence intervals, on the targets every rater scored.
 *
 * <p>P. E. Shrout and J. L. Fleiss, "Intraclass correlations: uses in assessing rater reliability", Psychological
 * Bulletin 86 (1979) 420–428; K. O. McGraw and S. P. Wong, "Forming inferences about some intraclass correlation
 * coefficients", Psychological Methods 1 (1996) 30–46. With n targets, k raters, x̄ᵢ. the target means, x̄.ⱼ the
 * rater means and x̄ the grand mean:
 *
 * <pre>
 *   BMS = k Σᵢ (x̄ᵢ. − x̄)² / (n − 1)             between targets
 *   WMS = Σᵢⱼ (xᵢⱼ − x̄ᵢ.)² / (n(k − 1))         within targets
 *   JMS = n Σⱼ (x̄.ⱼ − x̄)² / (k − 1)             between raters
 *   EMS = (SS_total − SS_targets − SS_raters) / ((n − 1)(k − 1))
 *
 *   ICC(1,1) = (BMS − WMS) / (BMS + (k − 1) WMS)          ICC(1,k) = (BMS − WMS) / BMS
 *   ICC(2,1) = (BMS − EMS) / (BMS + (k − 1) EMS + k (JMS − EMS) / n)
 *   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
 *   ICC(3,1) = (BMS − EMS) / (BMS + (k − 1) EMS)          ICC(3,k) = (BMS − EMS) / BMS
 * </pre>
 *
 * Intervals (Shrout &amp; Fleiss, eqs. for cases 1–3; McGraw &amp; Wong, Table 7): for ICC(1,·) with F₀ = BMS/WMS on
 * (n − 1, n(k − 1)) and ICC(3,·) with F₀ = BMS/EMS on (n − 1, (n − 1)(k − 1)), F_L = F₀ / F(1 − α/2; df₁, df₂),
 * F_U = F₀ · F(1 − α/2; df₂, df₁), single-rater bounds (F − 1)/(F + k − 1), k-rater bounds 1 − 1/F. For ICC(2,1),
 * Satterthwaite's ν with F_J = JMS/EMS and ρ̂ = ICC(2,1):
 *
 * <pre>
 *   ν  = (k − 1)(n − 1) [k ρ̂ F_J + n(1 + (k − 1) ρ̂) − k ρ̂]² / ((n − 1) k² ρ̂² F_J² + [n(1 + (k − 1) ρ̂) − k ρ̂]²)
 *   F* = F(1 − α/2; n − 1, ν),   F** = F(1 − α/2; ν, n − 1)
 *   low  = n (BMS − F* EMS) / (F* [k JMS + (kn − k − n) EMS] + n BMS)
 *   high = n (F** BMS − EMS) / (k JMS + (kn − k − n) EMS + n F** BMS)
 * </pre>
 *
 * and ICC(2,k)'s bounds n(BMS − F* EMS) / (F*(JMS − EMS) + n BMS) and n(F** BMS − EMS) / (JMS − EMS + n F** BMS)
 * (McGraw &amp; Wong, Table 7), the Spearman–Brown step-up of ICC(2,1)'s where that is defined.
 */
public final class IntraclassCorrelation {

    private IntraclassCorrelation() {}

    /** All six ICCs with 95 % intervals, on the table's complete targets. */
    public static IccReport of(RatingTable table) {
        return of(table, 0.95);
    }

    /**
     * All six ICCs with intervals at {@code confidence}, on the table's complete targets; the report says how many
     * targets were dropped for missing scores.
     *
     * @throws IllegalArgumentException with fewer than two complete targets, or when the targets' scores do not differ
     *     at all (BMS = 0: reliability is undefined)
     */
    public static IccReport of(RatingTable table, double confidence) {
        double[][] rows = table.completeRows();
        int dropped = table.targets().size() - rows.length;
        if (rows.length < 2) {
            throw new IllegalArgumentException("the ICC needs at least two targets scored by every rater; "
                    + rows.length + " of " + table.targets().size() + " are complete (" + dropped
                    + " dropped for missing scores)");
        }
        return ofComplete(rows, confidence, dropped);
    }

    /**
     * All six ICCs of a complete n × k table ({@code scores[target][rater]}, no missing value).
     *
     * @param dropped targets the caller left out, reported as is
     */
    public static IccReport ofComplete(double[][] scores, double confidence, int dropped) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
        }
        int n = scores.length;
        if (n < 2) {
            throw new IllegalArgumentException("the ICC needs at least two targets; got " + n);
        }
        int k = scores[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("the ICC needs at least two raters; got " + k);
        }
        IccReport.MeanSquares ms = meanSquares(scores);
        double bms = ms.betweenTargets();
        if (!(bms > 0)) {
            throw new IllegalArgumentException("the targets' mean scores do not differ (between-target mean square"
                    + " is 0): reliability is undefined for this sample");
        }
        double alpha = 1 - confidence;
        double q = 1 - alpha / 2;
        List<IccEstimate> out = new ArrayList<>(6);

        // Case 1: one-way.
        double wms = ms.withinTargets();
        double df1 = n - 1;
        double dfWithin = (double) n * (k - 1);
        double icc11 = (bms - wms) / (bms + (k - 1) * wms);
        double icc1k = (bms - wms) / bms;
        double[] f1 = fBounds(bms, wms, df1, dfWithin, q);

        // Case 3: two-way mixed, consistency.
        double ems = ms.residual();
        double dfResidual = (double) (n - 1) * (k - 1);
        double icc31 = (bms - ems) / (bms + (k - 1) * ems);
        double icc3k = (bms - ems) / bms;
        double[] f3 = fBounds(bms, ems, df1, dfResidual, q);

        // Case 2: two-way random, absolute agreement.
        double jms = ms.betweenRaters();
        double icc21 = (bms - ems) / (bms + (k - 1) * ems + k * (jms - ems) / n);
        double icc2k = (bms - ems) / (bms + (jms - ems) / n);
        double[] b2 = case2Bounds(n, k, bms, jms, ems, icc21, q);

        out.add(estimate(IccForm.ICC1_1, icc11, single(f1[0], k), single(f1[1], k)));
        out.add(estimate(IccForm.ICC2_1, icc21, b2[0], b2[1]));
        out.add(estimate(IccForm.ICC3_1, icc31, single(f3[0], k), single(f3[1], k)));
        out.add(estimate(IccForm.ICC1_K, icc1k, average(f1[0]), average(f1[1])));
        out.add(estimate(IccForm.ICC2_K, icc2k, b2[2], b2[3]));
        out.add(estimate(IccForm.ICC3_K, icc3k, average(f3[0]), average(f3[1])));
        return new IccReport(out, n, dropped, k, ms, confidence);
    }

    /** The two-way ANOVA mean squares of a complete table (Shrout &amp; Fleiss, Table 1). */
    public static IccReport.MeanSquares meanSquares(double[][] scores) {
        int n = scores.length;
        int k = scores[0].length;
        double[] rowMean = new double[n];
        double[] colSum = new double[k];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            if (scores[i].length != k) {
                throw new IllegalArgumentException("row " + i + " has " + scores[i].length + " scores, expected " + k);
            }
            double rs = 0;
            for (int j = 0; j < k; j++) {
                double x = scores[i][j];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("score at target " + i + ", rater " + j + " is missing");
                }
                rs += x;
                colSum[j] += x;
            }
            rowMean[i] = rs / k;
            sum += rs;
        }
        double grand = sum / (n * (double) k);
        // Deviations from the grand mean, so large scores (0–100) lose no precision.
        double ssTotal = 0;
        double ssRows = 0;
        double ssCols = 0;
        for (int i = 0; i < n; i++) {
            double d = rowMean[i] - grand;
            ssRows += d * d;
            for (int j = 0; j < k; j++) {
                double e = scores[i][j] - grand;
                ssTotal += e * e;
            }
        }
        ssRows *= k;
        for (int j = 0; j < k; j++) {
            double d = colSum[j] / n - grand;
            ssCols += d * d;
        }
        ssCols *= n;
        double ssWithin = Math.max(0, ssTotal - ssRows);
        double ssResidual = Math.max(0, ssTotal - ssRows - ssCols);
        return new IccReport.MeanSquares(
                ssRows / (n - 1),
                ssWithin / (n * (double) (k - 1)),
                ssCols / (k - 1),
                ssResidual / ((n - 1) * (double) (k - 1)));
    }

    /** F_L and F_U around F₀ = numerator / denominator; an error mean square of 0 means perfect agreement. */
    private static double[] fBounds(double numerator, double denominator, double dfNum, double dfDen, double q) {
        if (denominator == 0) {
            return new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        }
        double f0 = numerator / denominator;
        double fl = f0 / FDistribution.of(dfNum, dfDen).inverseCumulativeProbability(q);
        double fu = f0 * FDistribution.of(dfDen, dfNum).inverseCumulativeProbability(q);
        return new double[] {fl, fu};
    }

    private static double single(double f, int k) {
        return Double.isInfinite(f) ? 1 : (f - 1) / (f + k - 1);
    }

    private static double average(double f) {
        return Double.isInfinite(f) ? 1 : 1 - 1 / f;
    }

    /**
     * ICC(2,1) and ICC(2,k) bounds: {low1, high1, lowK, highK}. With tiny samples and raters that differ less than
     * the residual (JMS &lt; EMS) Satterthwaite's approximation can put a bound outside the coefficient's range; the
     * single-rater bounds are then kept to [−1/(k − 1), 1] (Shrout &amp; Fleiss: ICC ≥ −1/(k − 1)), and a k-rater lower
     * bound whose formula's denominator is not positive is unbounded (−∞): the data bound it from nowhere.
     */
    private static double[] case2Bounds(int n, int k, double bms, double jms, double ems, double rho, double q) {
        double v;
        if (ems == 0) {
            // ν's limit as F_J = JMS/EMS grows without bound.
            v = k - 1;
        } else {
            double fj = jms / ems;
            double c = n * (1 + (k - 1) * rho) - k * rho;
            double num = (k - 1) * (n - 1) * Math.pow(k * rho * fj + c, 2);
            double den = (n - 1) * Math.pow(k * rho * fj, 2) + c * c;
            v = num / den;
        }
        if (jms == 0 && ems == 0) {
            return new double[] {1, 1, 1, 1};
        }
        double fStar = FDistribution.of(n - 1, v).inverseCumulativeProbability(q);
        double fStar2 = FDistribution.of(v, n - 1).inverseCumulativeProbability(q);
        double common = k * jms + (k * n - k - n) * ems;
        double floor = -1.0 / (k - 1);
        double low1 = n * (bms - fStar * ems) / (fStar * common + n * bms);
        double high1 = n * (fStar2 * bms - ems) / (common + n * fStar2 * bms);
        // McGraw & Wong, Table 7, ICC(A,k): algebraically the Spearman–Brown step-up of the single-rater bounds.
        double lowDen = fStar * (jms - ems) + n * bms;
        double highDen = jms - ems + n * fStar2 * bms;
        double lowK = lowDen > 0 ? n * (bms - fStar * ems) / lowDen : Double.NEGATIVE_INFINITY;
        double highK = highDen > 0 ? Math.min(1, n * (fStar2 * bms - ems) / highDen) : 1;
        // A near-zero ν makes the F quantiles overflow to ∞ and the bounds ∞/∞: the sample bounds nothing there.
        return new double[] {
            Double.isNaN(low1) ? floor : Math.max(floor, Math.min(1, low1)),
            Double.isNaN(high1) ? 1 : Math.max(floor, Math.min(1, high1)),
            Double.isNaN(lowK) ? Double.NEGATIVE_INFINITY : Math.min(lowK, 1),
            Double.isNaN(highK) ? 1 : highK
        };
    }

    private static IccEstimate estimate(IccForm form, double value, double low, double high) {
        // Rounding can leave a bound a hair on the wrong side of the estimate when the interval collapses onto it;
        // anything larger is a real error and the Interval refuses it.
        double lo = low > value && low - value < 1e-9 ? value : low;
        double hi = high < value && value - high < 1e-9 ? value : high;
        return new IccEstimate(form, new Interval(value, lo, hi));
    }
}
