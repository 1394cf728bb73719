package com.steward.app.reviewpack;

import com.steward.app.web.InvalidRequestException;
import com.steward.core.calendar.Quarter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The period a review covers: a quarter ({@code 2026-Q1}, for a quarterly business review) or a month
 * ({@code 2026-03}, for a monthly review).
 */
public record ReviewPeriod(String text, YearMonth firstMonth, YearMonth lastMonth) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    public static ReviewPeriod parse(String text) {
        String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (QUARTER.matcher(t).matches()) {
            Quarter quarter;
            try {
                quarter = Quarter.parse(t);
            } catch (IllegalArgumentException e) { // e.g. a year before 1900
                throw new InvalidRequestException("period", e.getMessage());
            }
            return new ReviewPeriod(t, YearMonth.from(quarter.start()), YearMonth.from(quarter.end()));
        }
        if (MONTH.matcher(t).matches()) {
            YearMonth month = YearMonth.parse(t);
            return new ReviewPeriod(t, month, month);
        }
        throw new InvalidRequestException(
                "period", "period must be a quarter like 2026-Q1 or a month like 2026-03, not '" + text + "'");
    }

    /** The quarter holding {@code month}. */
    public static ReviewPeriod quarterOf(YearMonth month) {
        return parse(Quarter.of(month.atDay(1)).toString());
    }

    public boolean quarterly() {
        return !firstMonth.equals(lastMonth);
    }

    public LocalDate from() {
        return firstMonth.atDay(1);
    }

    public LocalDate to() {
        return lastMonth.atEndOfMonth();
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from()) && !day.isAfter(to());
    }

    /** "Q1 2026" or "March 2026", for titles. */
    public String title() {
        if (quarterly()) {
            return "Q" + Quarter.of(from()).number() + " " + firstMonth.getYear();
        }
        return firstMonth.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + firstMonth.getYear();
    }
}
