package com.steward.core.allocation;

import java.util.OptionalDouble;

/**
 * How well a vendor delivered its hours in the intervals the allocation requested them.
 *
 * <p>A <em>requested</em> interval is one with required hours &gt; 0. Over the requested intervals whose delivered
 * hours are reported:
 *
 * <ul>
 *   <li>interval adherence = intervals met / intervals reported (the workforce-management "line adherence",
 *       see {@link AdherenceWindow});
 *   <li>hours adherence = Σ min(delivered, required) / Σ required: the requirement's hours that were delivered
 *       in the interval that needed them; an hour delivered at 3 a.m. does not make up for one missing at
 *       10 a.m., which is what distinguishes line adherence from total hours (the same idea as agent schedule
 *       adherence, time working as scheduled / time scheduled, TechTarget "call center schedule adherence").
 * </ul>
 *
 * @param vendor handler code
 * @param requestedIntervals intervals with required hours &gt; 0
 * @param reportedIntervals of those, intervals with delivered hours reported (the n of both shares)
 * @param metIntervals of those, intervals met
 * @param requiredHours Σ required over the reported requested intervals
 * @param deliveredInRequested Σ min(delivered, required) over the same intervals
 * @param deliveredTotal Σ delivered over every reported interval of the plan (requested or not)
 */
public record LineAdherence(
        String vendor,
        int requestedIntervals,
        int reportedIntervals,
        int metIntervals,
        double requiredHours,
        double deliveredInRequested,
        double deliveredTotal) {

    /** Intervals met / intervals reported; empty when none is reported. */
    public OptionalDouble intervalShare() {
        return reportedIntervals == 0
                ? OptionalDouble.empty()
                : OptionalDouble.of((double) metIntervals / reportedIntervals);
    }

    /** Σ min(delivered, required) / Σ required; empty when no requested interval is reported. */
    public OptionalDouble hoursShare() {
        return requiredHours > 0 ? OptionalDouble.of(deliveredInRequested / requiredHours) : OptionalDouble.empty();
    }
}
