package com.steward.core.calibration;

import java.util.List;

/**
 * All six intraclass correlations of one set of ratings.
 *
 * @param estimates one per {@link IccForm}, in the enum's order
 * @param targetsUsed complete targets the figures rest on (n)
 * @param targetsDropped targets left out because at least one rater did not score them
 * @param raters raters (k)
 * @param anova the two-way mean squares the figures come from
 * @param confidence the intervals' two-sided confidence level
 */
public record IccReport(
        List<IccEstimate> estimates,
        int targetsUsed,
        int targetsDropped,
        int raters,
        MeanSquares anova,
        double confidence) {

    public IccReport {
        estimates = List.copyOf(estimates);
    }

    public IccEstimate get(IccForm form) {
        return estimates.stream()
                .filter(e -> e.form() == form)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + form.label()));
    }

    /**
     * Mean squares of the targets × raters table (Shrout &amp; Fleiss 1979, Table 1).
     *
     * @param betweenTargets BMS, on n − 1 degrees of freedom
     * @param withinTargets WMS, on n(k − 1)
     * @param betweenRaters JMS, on k − 1
     * @param residual EMS, on (n − 1)(k − 1)
     */
    public record MeanSquares(double betweenTargets, double withinTargets, double betweenRaters, double residual) {}
}
