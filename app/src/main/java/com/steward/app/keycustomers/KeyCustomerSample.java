package com.steward.app.keycustomers;

import java.time.Instant;
import java.util.List;

/**
 * One month's sample of key customers who contacted a vendor.
 *
 * @param month {@code yyyy-MM}
 * @param seed reproduces the draw from the same lake data
 * @param population key customers who contacted the vendor in the month
 * @param strata non-empty queue × region strata
 * @param lakeGeneration the lake generation the population was read from
 */
public record KeyCustomerSample(
        long id,
        long vendorId,
        String vendorCode,
        String vendorName,
        String month,
        long seed,
        int sampleSize,
        int population,
        int strata,
        long lakeGeneration,
        String createdBy,
        Instant createdAt,
        List<KeyCustomerCall> calls) {

    public KeyCustomerSample {
        calls = List.copyOf(calls);
    }
}
