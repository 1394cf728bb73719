package com.steward.core.governance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a review recurs. Weekly: the same weekday every week. Monthly and quarterly: the same weekday in the same
 * week of the month as the first meeting ("the second Tuesday"), as RFC 5545 {@code FREQ=MONTHLY;BYDAY=2TU} — so a
 * review never drifts onto a weekend; a first meeting in a month's fifth week recurs on that weekday's last occurrence
 * ({@code BYDAY=-1TU}). Each occurrence is counted from the first, never chained.
 */
public enum Frequency {
    WEEKLY,
    MONTHLY,
    QUARTERLY;

    /** The {@code n}-th occurrence's local date-time (n = 0 is the first). */
    public LocalDateTime nth(LocalDateTime first, long n) {
        return switch (this) {
            case WEEKLY -> first.plusWeeks(n);
            case MONTHLY -> sameWeekdayOfMonth(first, n);
            case QUARTERLY -> sameWeekdayOfMonth(first, 3 * n);
        };
    }

    private static LocalDateTime sameWeekdayOfMonth(LocalDateTime first, long months) {
        if (months == 0) {
            return first;
        }
        LocalDate day = first.toLocalDate();
        int week = (day.getDayOfMonth() - 1) / 7 + 1;
        LocalDate month = day.withDayOfMonth(1).plusMonths(months);
        LocalDate target = week == 5
                ? month.with(TemporalAdjusters.lastInMonth(day.getDayOfWeek()))
                : month.with(TemporalAdjusters.dayOfWeekInMonth(week, day.getDayOfWeek()));
        return target.atTime(first.toLocalTime());
    }
}
