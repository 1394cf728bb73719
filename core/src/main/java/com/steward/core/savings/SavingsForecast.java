package com.steward.core.savings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Will the realized savings reach the business case's target by the end of the term?
 *
 * <p>Method: the business case already plans how savings move month by month (transition months cost more, steady
 * months save), so the forecast models the <i>gap to the plan</i>, d = realized − planned, not the raw savings: an
 * ordinary least-squares trend of the observed gaps on the month of the term x (1-based), d = a + b·x + ε with
 * ε ~ N(0, σ²) independent. Each month of the term not observed yet (the set F, k months) is expected to save its
 * planned amount plus the trend's gap. The projected total is T̂ = Σ<sub>obs</sub> y + Σ<sub>F</sub> plan + k·a +
 * b·Σ<sub>F</sub> x. Its prediction error is the sum of k new errors plus the estimation error of the fitted sum,
 * Var = σ²·(k + k²/n + (Σ<sub>F</sub>(x − x̄))² / S<sub>xx</sub>), which is σ²·(k + c'(X'X)⁻¹c) with c = (k,
 * Σ<sub>F</sub> x); σ² is estimated by the residual mean square s² = SSE / (n − 2). The interval and the probability
 * of reaching the target use Student's t with n − 2 degrees of freedom: P(T ≥ target) = 1 − F<sub>t</sub>((target −
 * T̂) / se). With a plan of zeros this is the plain trend of the realized savings. Source: Montgomery, Peck &amp;
 * Vining, <i>Introduction to Linear Regression Analysis</i>, 5th ed. (2012), §2.4.2 (prediction of new
 * observations) and §3.4 (variance of c'β̂); the sum of future observations follows the same derivation.
 */
public final class SavingsForecast {

    /** Fewer observed months leave no degree of freedom worth the name for σ. */
    public static final int MIN_MONTHS = 3;

    private SavingsForecast() {}

    /**
     * One observed month.
     *
     * @param month month of the term, 1 = the first month
     * @param realized savings realized that month (money; negative when the outsourced month cost more); in
     *     {@link Forecast#months()} the expected savings of the month
     */
    public record Observation(int month, double realized) {
        public Observation {
            if (month < 1) {
                throw new IllegalArgumentException("month is 1-based, was " + month);
            }
            if (!Double.isFinite(realized)) {
                throw new IllegalArgumentException("realized savings must be finite");
            }
        }
    }

    /**
     * The projection.
     *
     * @param intercept a of the trend of the gap to plan
     * @param slope b of the trend (money per month per month)
     * @param residualStandardError s, the estimate of σ
     * @param degreesOfFreedom n − 2
     * @param realizedToDate Σ of the observed months
     * @param projectedTotal T̂, realized plus plan and trend over the months not observed
     * @param low lower end of the prediction interval of the total
     * @param high upper end
     * @param level the interval's level, e.g. 0.9
     * @param target the savings target over the term
     * @param probabilityOfReachingTarget P(total ≥ target) under the model
     * @param months the fitted value of every month of the term not observed, in month order
     */
    public record Forecast(
            double intercept,
            double slope,
            double residualStandardError,
            int degreesOfFreedom,
            double realizedToDate,
            double projectedTotal,
            double low,
            double high,
            double level,
            double target,
            double probabilityOfReachingTarget,
            List<Observation> months) {
        public Forecast {
            months = List.copyOf(months);
        }
    }

    /**
     * Projects the total savings over a term of {@code termMonths} months from the observed months by the trend of
     * the realized savings (a plan of zeros).
     *
     * @param observed at least {@link #MIN_MONTHS} months, distinct, each within the term
     * @param level of the prediction interval, in (0, 1)
     */
    public static Forecast project(List<Observation> observed, int termMonths, double target, double level) {
        return project(observed, Collections.nCopies(termMonths, 0.0), target, level);
    }

    /**
     * Projects the total savings over the term from the observed months by the trend of their gap to the plan.
     *
     * @param observed at least {@link #MIN_MONTHS} months, distinct, each within the term
     * @param plan planned savings of every month of the term, month 1 first (its size is the term)
     * @param level of the prediction interval, in (0, 1)
     */
    public static Forecast project(List<Observation> observed, List<Double> plan, double target, double level) {
        Objects.requireNonNull(plan, "plan");
        int termMonths = plan.size();
        for (Double p : plan) {
            if (p == null || !Double.isFinite(p)) {
                throw new IllegalArgumentException("planned savings must be finite numbers");
            }
        }
        Objects.requireNonNull(observed, "observed");
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1)");
        }
        if (!Double.isFinite(target)) {
            throw new IllegalArgumentException("target must be finite");
        }
        int n = observed.size();
        if (n < MIN_MONTHS) {
            throw new IllegalArgumentException("a forecast needs at least " + MIN_MONTHS + " observed months");
        }
        TreeSet<Integer> seen = new TreeSet<>();
        for (Observation o : observed) {
            if (o.month() > termMonths) {
                throw new IllegalArgumentException("month " + o.month() + " lies after the term's " + termMonths);
            }
            if (!seen.add(o.month())) {
                throw new IllegalArgumentException("month " + o.month() + " observed twice");
            }
        }
        double meanX = 0;
        double meanY = 0;
        for (Observation o : observed) {
            meanX += o.month();
            meanY += gap(o, plan);
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        double realized = 0;
        for (Observation o : observed) {
            double dx = o.month() - meanX;
            sxx += dx * dx;
            sxy += dx * (gap(o, plan) - meanY);
            realized += o.realized();
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double sse = 0;
        for (Observation o : observed) {
            double e = gap(o, plan) - (intercept + slope * o.month());
            sse += e * e;
        }
        int df = n - 2;
        double s = Math.sqrt(sse / df);

        List<Observation> future = new ArrayList<>();
        double sumDeviation = 0;
        double fitted = 0;
        for (int m = 1; m <= termMonths; m++) {
            if (!seen.contains(m)) {
                double y = plan.get(m - 1) + intercept + slope * m;
                future.add(new Observation(m, y));
                fitted += y;
                sumDeviation += m - meanX;
            }
        }
        int k = future.size();
        double total = realized + fitted;
        double se = s * Math.sqrt(k + (double) k * k / n + sumDeviation * sumDeviation / sxx);
        double low = total;
        double high = total;
        double probability;
        if (se > 0) {
            TDistribution t = TDistribution.of(df);
            double q = t.inverseCumulativeProbability(0.5 + level / 2);
            low = total - q * se;
            high = total + q * se;
            probability = t.survivalProbability((target - total) / se);
        } else {
            probability = total >= target ? 1 : 0;
        }
        return new Forecast(intercept, slope, s, df, realized, total, low, high, level, target, probability, future);
    }

    private static double gap(Observation o, List<Double> plan) {
        return o.realized() - plan.get(o.month() - 1);
    }
}
