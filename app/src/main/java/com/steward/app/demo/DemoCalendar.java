package com.steward.app.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * The demo's dates, relative to the day it is generated: the simulated year ends with the last complete month
 * before {@code today}, and every seeded record (contracts, meetings, promises, surveys, invoices, the team) is
 * placed relative to it, so a demo generated today lives in the present.
 *
 * <p>The demo's story was written for the year April 2025 … March 2026 ({@link #STORY_FIRST_MONTH}); {@link
 * #date(String)} and {@link #period(String)} move a date of that story by the whole months between that year and
 * the demo's year, so the order and spacing of events (and which month each falls in) stay as written.
 *
 * @param today the day the demo is generated (from the application's {@link Clock})
 */
public record DemoCalendar(LocalDate today) {

    /** Months the story covers (the default simulated year). */
    public static final int MONTHS = 12;

    /** The first month of the year the story was written for. */
    static final YearMonth STORY_FIRST_MONTH = YearMonth.of(2025, 4);

    public DemoCalendar {
        Objects.requireNonNull(today, "today");
    }

    public static DemoCalendar of(Clock clock) {
        return new DemoCalendar(LocalDate.now(clock));
    }

    /** The last complete month before today: the simulated year's last month. */
    public YearMonth lastMonth() {
        return YearMonth.from(today).minusMonths(1);
    }

    /** The simulated year's first month ({@link #MONTHS} months ending with {@link #lastMonth()}). */
    public YearMonth firstMonth() {
        return firstMonth(MONTHS);
    }

    /** The first of {@code months} simulated months ending with {@link #lastMonth()}. */
    public YearMonth firstMonth(int months) {
        return lastMonth().minusMonths(months - 1L);
    }

    /** The {@code index}-th month of the simulated year, 0 = {@link #firstMonth()}. */
    public YearMonth month(int index) {
        return firstMonth().plusMonths(index);
    }

    /** A date of the story (written for April 2025 … March 2026, ISO text), moved to the demo's year. */
    public LocalDate date(String storyDate) {
        return LocalDate.parse(storyDate).plusMonths(shiftMonths());
    }

    /** A month of the story ({@code 2025-10}), moved to the demo's year. */
    public YearMonth period(String storyMonth) {
        return YearMonth.parse(storyMonth).plusMonths(shiftMonths());
    }

    /** A month as people write it in prose: "June 2026". */
    public static String spelled(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    /** Whole months between the story's year and the demo's year. */
    long shiftMonths() {
        return ChronoUnit.MONTHS.between(STORY_FIRST_MONTH, firstMonth());
    }
}
