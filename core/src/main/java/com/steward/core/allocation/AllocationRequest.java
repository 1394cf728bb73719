package com.steward.core.allocation;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one allocation needs: the period, the interval length, the handlers with their terms, a split per
 * segment and the forecast.
 *
 * @param firstDay first day of the period
 * @param lastDay last day of the period, inclusive, not before {@code firstDay}
 * @param intervalLength 15, 30 or 60 minutes
 * @param handlers every handler a split may name, codes distinct
 * @param splits at most one split per segment
 * @param forecast one row per segment and interval start, each start inside the period and on the interval grid
 */
public record AllocationRequest(
        LocalDate firstDay,
        LocalDate lastDay,
        Duration intervalLength,
        List<Handler> handlers,
        List<Split> splits,
        List<ForecastInterval> forecast) {

    public AllocationRequest {
        if (firstDay == null || lastDay == null || handlers == null || splits == null || forecast == null) {
            throw new IllegalArgumentException("period, handlers, splits and forecast must not be null");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new AllocationException("the period ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
        if (intervalLength == null
                || !(intervalLength.equals(Duration.ofMinutes(15))
                        || intervalLength.equals(Duration.ofMinutes(30))
                        || intervalLength.equals(Duration.ofMinutes(60)))) {
            throw new AllocationException("the interval length must be 15, 30 or 60 minutes, was " + intervalLength);
        }
        handlers = List.copyOf(handlers);
        splits = List.copyOf(splits);
        forecast = List.copyOf(forecast);
    }

    /** The period and grid this request's intervals live on. */
    public PlanGrid grid() {
        return new PlanGrid(firstDay, lastDay, intervalLength);
    }
}
