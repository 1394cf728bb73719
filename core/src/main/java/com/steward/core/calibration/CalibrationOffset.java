package com.steward.core.calibration;

import com.steward.core.statistics.Interval;

/**
 * What to add to a vendor's own QA scores to bring them onto the client expert's scale: the expert minus the vendor's
 * graders, i.e. the negated mean bias of all the vendor's graders' scores against the expert on a calibration
 * session's shared sample.
 *
 * <p>A vendor whose graders score 6 points above the expert gets an offset of −6; its reported QA of 88 reads 82
 * calibrated. The interval is the bias interval ({@link GraderAlignment}) negated. A shift only corrects a constant
 * leniency; it does not repair disagreement on which contacts are good, which the ICC measures.
 *
 * @param offset expert − vendor mean, in score points
 * @param interval the offset's confidence interval
 * @param n grader scores the offset rests on
 */
public record CalibrationOffset(double offset, Interval interval, int n) {

    /** The offset from every (vendor grader score, expert score) pair of the vendor, paired by index. */
    public static CalibrationOffset of(double[] vendorScores, double[] expertScores) {
        GraderAlignment pooled = GraderAlignment.of(vendorScores, expertScores);
        Interval bias = pooled.bias();
        return new CalibrationOffset(
                -bias.estimate(), new Interval(-bias.estimate(), -bias.high(), -bias.low()), pooled.n());
    }

    /** A raw score on the expert's scale, kept within the form's scale [min, max]. */
    public double apply(double raw, double min, double max) {
        if (!(min < max)) {
            throw new IllegalArgumentException("scale must have min < max: " + min + ", " + max);
        }
        return Math.max(min, Math.min(max, raw + offset));
    }
}
