package com.steward.core.allocation;

import java.time.LocalDateTime;

/**
 * Forecast workload of one segment in one interval.
 *
 * @param segment queue × region
 * @param start local start of the interval
 * @param contacts offered contacts, finite and ≥ 0
 * @param ahtSeconds forecast average handle time in seconds, &gt; 0 when {@code contacts} &gt; 0
 */
public record ForecastInterval(Segment segment, LocalDateTime start, double contacts, double ahtSeconds) {

    public ForecastInterval {
        if (segment == null || start == null) {
            throw new IllegalArgumentException("segment and start must not be null");
        }
        if (!(contacts >= 0) || Double.isInfinite(contacts)) {
            throw new IllegalArgumentException(
                    "contacts of " + segment + " at " + start + " must be >= 0, was " + contacts);
        }
        if (contacts > 0 && (!(ahtSeconds > 0) || Double.isInfinite(ahtSeconds))) {
            throw new IllegalArgumentException(
                    "ahtSeconds of " + segment + " at " + start + " must be > 0, was " + ahtSeconds);
        }
    }
}
