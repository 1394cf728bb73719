package com.steward.core.allocation;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The intervals of a plan: every {@code intervalLength} from the first day's midnight to the end of the last day
 * (local time, so a day always has 24 h of intervals; daylight-saving shifts are the forecast's business).
 *
 * @param firstDay first day
 * @param lastDay last day, inclusive
 * @param intervalLength 15, 30 or 60 minutes
 */
public record PlanGrid(LocalDate firstDay, LocalDate lastDay, Duration intervalLength) {

    /** Whether {@code start} is the start of one of this grid's intervals. */
    public boolean contains(LocalDateTime start) {
        LocalDate day = start.toLocalDate();
        if (day.isBefore(firstDay) || day.isAfter(lastDay)) {
            return false;
        }
        return start.getNano() == 0 && start.toLocalTime().toSecondOfDay() % intervalLength.toSeconds() == 0;
    }

    /** Number of intervals in one day. */
    public int intervalsPerDay() {
        return (int) (Duration.ofDays(1).toSeconds() / intervalLength.toSeconds());
    }

    /** The starts of the intervals of one day, in order. */
    public List<LocalDateTime> startsOf(LocalDate day) {
        List<LocalDateTime> starts = new ArrayList<>(intervalsPerDay());
        LocalDateTime t = day.atStartOfDay();
        for (int i = 0; i < intervalsPerDay(); i++) {
            starts.add(t);
            t = t.plus(intervalLength);
        }
        return starts;
    }

    /** Interval hours: the length of one interval in hours. */
    public double intervalHours() {
        return intervalLength.toSeconds() / 3600.0;
    }

    /** Describes the period for error messages. */
    public String describe() {
        return firstDay + " to " + lastDay + " in " + intervalLength.toMinutes() + "-minute intervals";
    }
}
