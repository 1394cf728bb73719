package com.steward.core.staffing;

import java.time.Duration;
import java.util.List;

/**
 * A contact forecast: consecutive intervals of equal length (15, 30 or 60 minutes), in time order.
 *
 * @param intervalLength 15, 30 or 60 minutes
 * @param intervals at least one interval, starts strictly increasing by multiples of the length
 */
public record Forecast(Duration intervalLength, List<IntervalForecast> intervals) {

    public Forecast {
        if (intervalLength == null
                || !(intervalLength.equals(Duration.ofMinutes(15))
                        || intervalLength.equals(Duration.ofMinutes(30))
                        || intervalLength.equals(Duration.ofMinutes(60)))) {
            throw new IllegalArgumentException("intervalLength must be 15, 30 or 60 minutes, was " + intervalLength);
        }
        if (intervals == null || intervals.isEmpty()) {
            throw new IllegalArgumentException("intervals must not be empty");
        }
        intervals = List.copyOf(intervals);
        for (int i = 1; i < intervals.size(); i++) {
            Duration gap = Duration.between(
                    intervals.get(i - 1).start(), intervals.get(i).start());
            if (gap.isNegative() || gap.isZero() || gap.toSeconds() % intervalLength.toSeconds() != 0) {
                throw new IllegalArgumentException(
                        "intervals[" + i + "].start must follow the previous start by a" + " multiple of "
                                + intervalLength + ", was " + intervals.get(i).start());
            }
        }
    }
}
