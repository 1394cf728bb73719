package com.steward.core.statistics;

/**
 * The 2×2 difference-in-differences estimate: how much a treated group changed after a start date beyond the
 * change a comparison group saw over the same time.
 *
 * <pre>
 *   DiD   = (T_after − T_before) − (C_after − C_before)
 *   SE    = √(Var T_after + Var T_before + Var C_after + Var C_before)
 *   DiD ± z · SE
 * </pre>
 *
 * <p>The four cells are independent samples, so the variances add (J. D. Angrist &amp; J.-S. Pischke, <i>Mostly
 * Harmless Econometrics</i>, 2009, §5.2; the estimate equals the interaction coefficient of the saturated
 * regression y = α + β·treated + γ·after + δ·treated·after, whose heteroscedasticity-robust standard error is
 * this SE). For proportions each cell's variance is p(1 − p)/n, for means s²/n — see {@link Cell}.
 */
public final class DifferenceInDifferences {

    private DifferenceInDifferences() {}

    /**
     * The estimate with its interval.
     *
     * @param treatedChange T_after − T_before
     * @param controlChange C_after − C_before
     */
    public record Result(Interval interval, double standardError, double treatedChange, double controlChange) {
        public double estimate() {
            return interval.estimate();
        }
    }

    /** The estimate with a normal interval at quantile {@code z}. */
    public static Result estimate(
            Cell treatedBefore, Cell treatedAfter, Cell controlBefore, Cell controlAfter, double z) {
        double treatedChange = treatedAfter.estimate() - treatedBefore.estimate();
        double controlChange = controlAfter.estimate() - controlBefore.estimate();
        double did = treatedChange - controlChange;
        double se = Math.sqrt(treatedBefore.variance()
                + treatedAfter.variance()
                + controlBefore.variance()
                + controlAfter.variance());
        return new Result(new Interval(did, did - z * se, did + z * se), se, treatedChange, controlChange);
    }

    /** The estimate with a 95% normal interval. */
    public static Result estimate95(Cell treatedBefore, Cell treatedAfter, Cell controlBefore, Cell controlAfter) {
        return estimate(treatedBefore, treatedAfter, controlBefore, controlAfter, ProportionIntervals.Z_95);
    }
}
