package com.steward.core.governance;

import java.time.LocalDate;

/** A calendar quarter, e.g. {@code 2025-Q3}; ordered by time. */
public record Quarter(int yearNumber, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
        }
    }

    public static Quarter of(LocalDate day) {
        return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate start() {
        return LocalDate.of(yearNumber, 3 * (number - 1) + 1, 1);
    }

    public LocalDate end() {
        return start().plusMonths(3).minusDays(1);
    }

    @Override
    public int compareTo(Quarter other) {
        return yearNumber != other.yearNumber
                ? Integer.compare(yearNumber, other.yearNumber)
                : Integer.compare(number, other.number);
    }

    @Override
    public String toString() {
        return yearNumber + "-Q" + number;
    }
}
