package com.steward.core.allocation;

import java.time.LocalDateTime;
import java.util.OptionalDouble;

/**
 * A vendor's productive hours for one interval: what it committed to, what it scheduled and what it delivered.
 * Each is empty when not reported (never read as 0).
 *
 * @param vendor handler code
 * @param start interval start
 * @param committed productive hours committed (e.g. in the capacity plan agreed for the period)
 * @param scheduled productive hours on the vendor's schedule
 * @param delivered productive hours actually delivered (logged in and available or handling contacts)
 */
public record VendorHours(
        String vendor,
        LocalDateTime start,
        OptionalDouble committed,
        OptionalDouble scheduled,
        OptionalDouble delivered) {

    public VendorHours {
        if (vendor == null || vendor.isBlank() || start == null) {
            throw new IllegalArgumentException("vendor and start must be given");
        }
        if (committed == null || scheduled == null || delivered == null) {
            throw new IllegalArgumentException("hours must be present or empty, not null");
        }
        check(vendor, start, "committed", committed);
        check(vendor, start, "scheduled", scheduled);
        check(vendor, start, "delivered", delivered);
    }

    private static void check(String vendor, LocalDateTime start, String field, OptionalDouble hours) {
        if (hours.isPresent() && (!(hours.getAsDouble() >= 0) || Double.isInfinite(hours.getAsDouble()))) {
            throw new AllocationException(
                    field + " hours of " + vendor + " at " + start + " must be >= 0, was " + hours.getAsDouble());
        }
    }
}
