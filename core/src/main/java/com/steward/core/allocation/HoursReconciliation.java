package com.steward.core.allocation;

import java.util.OptionalDouble;

/**
 * Billed hours beside delivered productive hours for one vendor and period.
 *
 * @param vendor handler code
 * @param billed hours on the vendor's invoices, empty when no invoice bills hours
 * @param delivered productive hours delivered, empty when none is reported
 */
public record HoursReconciliation(String vendor, OptionalDouble billed, OptionalDouble delivered) {

    /** Billed − delivered: positive = hours billed that were not delivered; empty unless both are known. */
    public OptionalDouble difference() {
        return billed.isPresent() && delivered.isPresent()
                ? OptionalDouble.of(billed.getAsDouble() - delivered.getAsDouble())
                : OptionalDouble.empty();
    }

    /** (Billed − delivered) / delivered; empty unless both are known and delivered &gt; 0. */
    public OptionalDouble relativeDifference() {
        return difference().isPresent() && delivered.getAsDouble() > 0
                ? OptionalDouble.of(difference().getAsDouble() / delivered.getAsDouble())
                : OptionalDouble.empty();
    }
}
