package com.steward.app.rollout;

import com.steward.core.statistics.Interval;
import com.steward.core.statistics.SampleSize;
import com.steward.core.statistics.TwoProportionDifference;
import com.steward.core.statistics.WelchDifference;
import java.util.Locale;

/**
 * Judges one gate on its samples: PASS when the whole 95% interval meets the condition, FAIL when the whole
 * interval misses it, otherwise NOT_ENOUGH_DATA with the observations needed (95%, 80% power) to tell the observed
 * value from the threshold. Fewer than {@value #MINIMUM_OBSERVATIONS} observations in a group is never enough.
 */
final class GateRules {

    static final int MINIMUM_OBSERVATIONS = 30;

    private GateRules() {}

    static GateEvaluation evaluate(Gate gate, MetricSample vendor, MetricSample baseline) {
        boolean relative = gate.basis() == Gate.Basis.RELATIVE;
        boolean atLeast = gate.comparison() == Gate.Comparison.AT_LEAST;
        double bound = gate.threshold();
        if (!vendor.hasData() || (relative && (baseline == null || !baseline.hasData()))) {
            return new GateEvaluation(
                    gate,
                    gate.description(),
                    Verdict.NOT_ENOUGH_DATA,
                    vendor,
                    relative ? baseline : null,
                    null,
                    null,
                    null,
                    null,
                    gate.metric() + " is not reported " + (vendor.hasData() ? "in-house" : "for the vendor")
                            + " in the phase's segments and dates (no contact carries its inputs, n = 0):"
                            + " insufficient data, neither pass nor fail.");
        }
        Interval tested;
        String method;
        if (gate.isRate()) {
            Interval d = relative
                    ? TwoProportionDifference.newcombe95(
                            vendor.successes(), vendor.observations(), baseline.successes(), baseline.observations())
                    : com.steward.core.statistics.ProportionIntervals.wilson95(
                            vendor.successes(), vendor.observations());
            tested = new Interval(100 * d.estimate(), 100 * d.low(), 100 * d.high());
            method = relative ? "Newcombe hybrid score interval" : "Wilson score interval";
        } else if (relative) {
            if (vendor.observations() < 2 || baseline.observations() < 2) {
                tested = new Interval(vendor.value() - baseline.value(), -1e9, 1e9);
                method = "Welch t";
            } else {
                WelchDifference.Result w = WelchDifference.interval95(
                        vendor.value(),
                        vendor.standardDeviation(),
                        vendor.observations(),
                        baseline.value(),
                        baseline.standardDeviation(),
                        baseline.observations());
                tested = w.interval();
                method = String.format(Locale.ROOT, "Welch t interval (ν = %.1f)", w.degreesOfFreedom());
            }
        } else {
            double half = vendor.high() == null ? 0 : (vendor.high() - vendor.low()) / 2;
            tested = new Interval(vendor.value(), vendor.value() - half, vendor.value() + half);
            method = "normal interval of the mean";
        }
        boolean passes = atLeast ? tested.low() >= bound : tested.high() <= bound;
        boolean fails = atLeast ? tested.high() < bound : tested.low() > bound;
        long n = Math.min(vendor.observations(), relative ? baseline.observations() : Long.MAX_VALUE);
        GateEvaluation.Estimate estimate = new GateEvaluation.Estimate(tested.estimate(), tested.low(), tested.high());
        String what = relative ? "vendor − in-house" : gate.metric();
        String interval = String.format(
                Locale.ROOT, "%s = %.2f (95%% %.2f … %.2f)", what, tested.estimate(), tested.low(), tested.high());
        if (n >= MINIMUM_OBSERVATIONS && (passes || fails)) {
            String because = passes
                    ? "the whole interval is " + (atLeast ? "at or above " : "at or below ") + fmt(bound)
                    : "the whole interval is " + (atLeast ? "below " : "above ") + fmt(bound);
            return new GateEvaluation(
                    gate,
                    gate.description(),
                    passes ? Verdict.PASS : Verdict.FAIL,
                    vendor,
                    relative ? baseline : null,
                    estimate,
                    method,
                    null,
                    null,
                    interval + ": " + because + ".");
        }
        long needed = needed(gate, vendor, baseline, Math.abs(tested.estimate() - bound));
        Long contacts = needed == Long.MAX_VALUE || vendor.observations() == 0
                ? null
                : (long) Math.ceil(
                        (double) needed * Math.max(vendor.contacts(), vendor.observations()) / vendor.observations());
        String need = needed == Long.MAX_VALUE
                ? "the observed value sits on the threshold; no sample size can separate them"
                : String.format(
                        Locale.ROOT,
                        "about %,d observations per group are needed (%s so far)%s",
                        needed,
                        relative
                                ? String.format(
                                        Locale.ROOT,
                                        "%,d vendor, %,d in-house",
                                        vendor.observations(),
                                        baseline.observations())
                                : String.format(Locale.ROOT, "%,d", vendor.observations()),
                        contacts == null ? "" : String.format(Locale.ROOT, " — about %,d vendor contacts", contacts));
        return new GateEvaluation(
                gate,
                gate.description(),
                Verdict.NOT_ENOUGH_DATA,
                vendor,
                relative ? baseline : null,
                estimate,
                method,
                needed == Long.MAX_VALUE ? null : needed,
                contacts,
                interval + ": the interval straddles " + fmt(bound) + "; " + need + ".");
    }

    /** Per-group observations to separate the observed value from the threshold {@code distance} away. */
    static long needed(Gate gate, MetricSample vendor, MetricSample baseline, double distance) {
        long atLeast = MINIMUM_OBSERVATIONS;
        if (distance == 0) {
            return Long.MAX_VALUE;
        }
        boolean relative = gate.basis() == Gate.Basis.RELATIVE;
        long n;
        if (gate.isRate()) {
            double pv = vendor.value() / 100;
            n = relative
                    ? SampleSize.proportionsAgainstMargin(pv, baseline.value() / 100, distance / 100)
                    : SampleSize.oneProportion(pv, distance / 100);
        } else {
            n = relative
                    ? SampleSize.twoMeans(vendor.standardDeviation(), baseline.standardDeviation(), distance)
                    : SampleSize.oneMean(vendor.standardDeviation(), distance);
        }
        return Math.max(atLeast, n);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
