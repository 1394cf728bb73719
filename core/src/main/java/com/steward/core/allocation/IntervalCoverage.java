package com.steward.core.allocation;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * A vendor's requirement beside its hours in one interval.
 *
 * @param vendor handler code
 * @param start interval start
 * @param contacts contacts allocated to the vendor
 * @param requiredHours productive hours the allocated contacts need (required agents × interval hours)
 * @param committed committed hours, empty when not reported
 * @param scheduled scheduled hours, empty when not reported
 * @param delivered delivered hours, empty when not reported
 */
public record IntervalCoverage(
        String vendor,
        LocalDateTime start,
        double contacts,
        double requiredHours,
        OptionalDouble committed,
        OptionalDouble scheduled,
        OptionalDouble delivered) {

    /** Which hours a gap is measured with. */
    public enum Basis {
        COMMITTED,
        SCHEDULED,
        DELIVERED
    }

    /** The hours of {@code basis}, empty when not reported. */
    public OptionalDouble hours(Basis basis) {
        return switch (basis) {
            case COMMITTED -> committed;
            case SCHEDULED -> scheduled;
            case DELIVERED -> delivered;
        };
    }

    /**
     * Hours − required hours: negative = the vendor is <em>over-allocated</em> (more volume than its hours can
     * take), positive = <em>under-allocated</em> (hours without the volume to use them); empty when not reported.
     */
    public OptionalDouble gap(Basis basis) {
        OptionalDouble h = hours(basis);
        return h.isPresent() ? OptionalDouble.of(h.getAsDouble() - requiredHours) : OptionalDouble.empty();
    }
}
