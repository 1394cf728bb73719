package com.steward.app.scorecards;

import java.util.List;
import java.util.Objects;

/**
 * The numbers of one scorecard run, as stored (a published run's numbers never change).
 *
 * @param metrics the scorecard's lines, in scorecard order
 * @param customer churn after contact and lead conversion, vendor vs in-house over the same scope
 * @param score overall score 0–100, null when nothing was measured
 * @param coverage share of the weight measured
 * @param breaches metrics worse than their threshold
 * @param creditPercent service credit in % of the month's invoice (0 with insufficient data)
 * @param standing the month's standing under the one standing rule, filled in when a published month is read (the
 *     month's figure); null for drafts, restated versions and weeks (older snapshots may carry the value stored then)
 * @param scope the contract's scope the numbers were computed for, e.g. {@code queue ∈ [care]}
 * @param insufficientData why the run may not be scored without an override: the period outside the contract term,
 *     a metric below its minimum sample or not reported; empty when the data suffices
 */
public record ScorecardNumbers(
        List<Line> metrics,
        List<Comparison> customer,
        Double score,
        double coverage,
        int breaches,
        double creditPercent,
        String standing,
        String scope,
        List<String> insufficientData) {

    public ScorecardNumbers {
        metrics = List.copyOf(metrics);
        customer = List.copyOf(customer);
        insufficientData = insufficientData == null ? List.of() : List.copyOf(insufficientData);
    }

    /** True when the run has insufficient data: no score, no colour, no credit unless published with an override. */
    public boolean insufficient() {
        return !insufficientData.isEmpty();
    }

    /** The same numbers with the month's standing and credit as {@code ContractMonths} computed them. */
    ScorecardNumbers withFigure(Double figureScore, double figureCreditPercent, String figureStanding) {
        return new ScorecardNumbers(
                metrics,
                customer,
                figureScore,
                coverage,
                breaches,
                figureCreditPercent,
                figureStanding,
                scope,
                insufficientData);
    }

    /**
     * One scorecard line.
     *
     * @param vendor the vendor's figure, null when nothing was measured
     * @param inHouse in-house over the same scope, for comparison; null without in-house contacts
     * @param attainment 0–100, null when not measured or not scored (insufficient sample)
     * @param minimumSample the least sample the metric needs to be scored (null in snapshots from before the rule)
     * @param insufficient the vendor's sample is below {@code minimumSample} or the value is not reported
     */
    public record Line(
            String metricId,
            String displayName,
            String unit,
            double target,
            double threshold,
            double weight,
            MetricFigure vendor,
            MetricFigure inHouse,
            Double attainment,
            boolean breached,
            Long minimumSample,
            boolean insufficient) {}

    /** A customer outcome, vendor vs in-house, each with its interval. */
    public record Comparison(String metricId, String displayName, MetricFigure vendor, MetricFigure inHouse) {}

    /** True when the figures a person would sign on differ (vendor and in-house values, counts, the score). */
    public boolean differsFrom(ScorecardNumbers other) {
        if (other == null || metrics.size() != other.metrics.size() || customer.size() != other.customer.size()) {
            return true;
        }
        for (int i = 0; i < metrics.size(); i++) {
            Line a = metrics.get(i);
            Line b = other.metrics.get(i);
            if (!a.metricId().equals(b.metricId())
                    || differs(a.vendor(), b.vendor())
                    || differs(a.inHouse(), b.inHouse())) {
                return true;
            }
        }
        for (int i = 0; i < customer.size(); i++) {
            if (differs(customer.get(i).vendor(), other.customer.get(i).vendor())
                    || differs(customer.get(i).inHouse(), other.customer.get(i).inHouse())) {
                return true;
            }
        }
        return !Objects.equals(
                score == null ? null : Math.round(score * 1e6),
                other.score == null ? null : Math.round(other.score * 1e6));
    }

    private static boolean differs(MetricFigure a, MetricFigure b) {
        return a == null ? b != null : !a.sameAs(b);
    }
}
