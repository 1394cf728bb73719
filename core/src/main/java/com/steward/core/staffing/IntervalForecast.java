package com.steward.core.staffing;

import java.time.LocalDateTime;

/**
 * Forecast workload of one interval.
 *
 * @param start local start time of the interval
 * @param contacts offered contacts, ≥ 0
 * @param ahtSeconds average handle time in seconds, &gt; 0 (ignored, and allowed to be 0, when
 *     {@code contacts} is 0)
 */
public record IntervalForecast(LocalDateTime start, double contacts, double ahtSeconds) {

    public IntervalForecast {
        if (start == null) {
            throw new IllegalArgumentException("start must not be null");
        }
        Checks.nonNegative("contacts", contacts);
        if (contacts > 0) {
            Checks.positive("ahtSeconds", ahtSeconds);
        } else {
            Checks.nonNegative("ahtSeconds", ahtSeconds);
        }
    }
}
