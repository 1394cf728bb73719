package com.steward.app.scorecards;

import com.steward.app.web.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a scorecard run: a month ({@code yyyy-MM}) or an ISO week ({@code yyyy-Www}, Monday to Sunday, in the
 * ISO week-based year, so 2026-W01 starts on 2025-12-29).
 *
 * @param text the canonical text stored with a run, e.g. {@code 2026-02} or {@code 2026-W10}
 * @param start first day, inclusive
 * @param end last day, inclusive
 */
public record ScorecardPeriod(String text, LocalDate start, LocalDate end) {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    /** The month as a period. */
    public static ScorecardPeriod of(YearMonth month) {
        return new ScorecardPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    /** The ISO week holding {@code day}. */
    public static ScorecardPeriod weekOf(LocalDate day) {
        return parse(String.format(
                Locale.ROOT,
                "%04d-W%02d",
                day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
    }

    /**
     * Reads {@code yyyy-MM} or {@code yyyy-Www} (the {@code W} in either case).
     *
     * @throws InvalidRequestException naming {@code period} for any other text, a month 13 or a week the year lacks
     */
    public static ScorecardPeriod parse(String period) {
        String text = period == null ? "" : period.strip().toUpperCase(Locale.ROOT);
        if (MONTH.matcher(text).matches()) {
            try {
                return of(YearMonth.parse(text));
            } catch (DateTimeParseException e) {
                throw invalid(period);
            }
        }
        Matcher week = WEEK.matcher(text);
        if (week.matches()) {
            int year = Integer.parseInt(week.group(1));
            int number = Integer.parseInt(week.group(2));
            // 4 January always lies in week 1 of its week-based year
            LocalDate anchor = LocalDate.of(year, 1, 4);
            if (number < 1
                    || number > anchor.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                throw invalid(period);
            }
            LocalDate start =
                    anchor.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
            return new ScorecardPeriod(text, start, start.plusDays(6));
        }
        throw invalid(period);
    }

    /** True for an ISO week, false for a month. */
    public boolean isWeekly() {
        return isWeekly(text);
    }

    /** True when a stored period text is an ISO week. */
    static boolean isWeekly(String text) {
        return text != null && text.contains("W");
    }

    /** The month of a monthly period. */
    YearMonth month() {
        if (isWeekly()) {
            throw new IllegalStateException(text + " is a week");
        }
        return YearMonth.from(start);
    }

    private static InvalidRequestException invalid(String period) {
        return new InvalidRequestException(
                "period", "period must be a month as yyyy-MM or an ISO week as yyyy-Www, was '" + period + "'");
    }
}
