package com.steward.core.statistics;

import java.util.List;

/**
 * Direct standardisation: a group's rate re-weighted to a reference group's mix of segments, so that a vendor
 * is not judged better or worse for handling an easier or harder mix of queues and regions.
 *
 * <pre>
 *   w_s      = m_s / Σ m_s                (reference share of segment s, over segments both groups have)
 *   adjusted = Σ w_s · r_s                (r_s the group's rate in segment s)
 *   Var      = Σ w_s² · Var(r_s)          (weights treated as fixed)
 *   adjusted − reference = Σ w_s · (r_s − q_s),  Var = Σ w_s² · (Var r_s + Var q_s)
 * </pre>
 *
 * <p>Source: K. J. Rothman, S. Greenland &amp; T. L. Lash, <i>Modern Epidemiology</i>, 3rd ed., 2008, ch. 4
 * ("standardization"); variance as in the direct-standardised rate of Breslow &amp; Day (1987), vol. II, §2.3.
 * Segments without data in either group are left out and the weights renormalised; {@link Result#coverage()}
 * says which share of the reference mix that leaves.
 */
public final class MixAdjustment {

    private MixAdjustment() {}

    /**
     * One segment.
     *
     * @param segment a name, e.g. {@code billing / DE}
     * @param referenceCount reference observations in the segment (its mix weight), ≥ 0
     * @param group the compared group's estimate there, or {@code null} when it has no data
     * @param reference the reference group's estimate there, or {@code null} when it has no data
     */
    public record Stratum(String segment, long referenceCount, Cell group, Cell reference) {
        public Stratum {
            if (referenceCount < 0) {
                throw new IllegalArgumentException("reference count must be ≥ 0");
            }
        }

        boolean usable() {
            return referenceCount > 0
                    && group != null
                    && group.observations() > 0
                    && reference != null
                    && reference.observations() > 0;
        }
    }

    /**
     * @param adjusted the group's rate standardised to the reference mix
     * @param reference the reference's rate over the same segments and weights
     * @param difference adjusted − reference with its interval
     * @param adjustedStandardError standard error of {@code adjusted}
     * @param coverage share of the reference's observations in segments both groups have (0…1)
     * @param segmentsUsed how many segments entered
     */
    public record Result(
            double adjusted,
            double reference,
            Interval difference,
            double adjustedStandardError,
            double coverage,
            int segmentsUsed) {}

    /** Standardises the group to the reference mix with a normal interval at quantile {@code z}. */
    public static Result standardise(List<Stratum> strata, double z) {
        long total = strata.stream().mapToLong(Stratum::referenceCount).sum();
        List<Stratum> usable = strata.stream().filter(Stratum::usable).toList();
        long used = usable.stream().mapToLong(Stratum::referenceCount).sum();
        if (used == 0) {
            throw new IllegalArgumentException("no segment has data in both groups");
        }
        double adjusted = 0;
        double reference = 0;
        double adjustedVariance = 0;
        double differenceVariance = 0;
        for (Stratum s : usable) {
            double w = (double) s.referenceCount() / used;
            adjusted += w * s.group().estimate();
            reference += w * s.reference().estimate();
            adjustedVariance += w * w * s.group().variance();
            differenceVariance += w * w * (s.group().variance() + s.reference().variance());
        }
        double d = adjusted - reference;
        double half = z * Math.sqrt(differenceVariance);
        return new Result(
                adjusted,
                reference,
                new Interval(d, d - half, d + half),
                Math.sqrt(adjustedVariance),
                (double) used / total,
                usable.size());
    }

    /** Standardisation with a 95% interval. */
    public static Result standardise95(List<Stratum> strata) {
        return standardise(strata, ProportionIntervals.Z_95);
    }
}
