package com.steward.core.team;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Attrition, tenure and dedication of a team over a window.
 *
 * <p>Attrition is the standard separations rate, annualised: {@code leavers in the window /
 * average headcount × 365 / days in the window}, where a leaver is a member whose last day falls
 * in the window and the average headcount is the mean of the daily headcount over the window. This
 * is the separations rate of the US Bureau of Labor Statistics (JOLTS: separations during the
 * period divided by employment) and the turnover formula SHRM recommends (separations / average
 * number of employees), scaled to a year so windows of different length compare.
 *
 * @param asOf the window's last day (tenure and share dedicated are measured on it)
 * @param windowDays days in the window, both ends included
 * @param headcount members active on {@code asOf}
 * @param averageHeadcount mean daily headcount over the window
 * @param leavers members whose last day is in the window
 * @param annualAttrition annualised attrition (0.35 = 35 % a year); NaN when the average
 *     headcount is 0
 * @param meanTenureMonths mean months on the account of the members active on {@code asOf}
 *     (months of 365.25 / 12 days); NaN without members
 * @param medianTenureMonths median of the same; NaN without members
 * @param shareDedicated share of the active members who are dedicated; NaN without members
 */
public record TeamStatistics(
        LocalDate asOf,
        long windowDays,
        int headcount,
        double averageHeadcount,
        int leavers,
        double annualAttrition,
        double meanTenureMonths,
        double medianTenureMonths,
        double shareDedicated) {

    static final double DAYS_PER_MONTH = 365.25 / 12;

    /**
     * Statistics of {@code members} over the window {@code [from, to]}.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from}
     */
    public static TeamStatistics of(List<Membership> members, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from (" + from + "), was " + to);
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        double memberDays = 0;
        int leavers = 0;
        int headcount = 0;
        int dedicated = 0;
        List<Double> tenures = new ArrayList<>();
        for (Membership m : members) {
            LocalDate first = m.start().isAfter(from) ? m.start() : from;
            LocalDate last = m.end() == null || m.end().isAfter(to) ? to : m.end();
            if (!last.isBefore(first)) {
                memberDays += ChronoUnit.DAYS.between(first, last) + 1;
            }
            if (m.end() != null && !m.end().isBefore(from) && !m.end().isAfter(to)) {
                leavers++;
            }
            if (m.activeOn(to)) {
                headcount++;
                if (m.dedicated()) {
                    dedicated++;
                }
                tenures.add((ChronoUnit.DAYS.between(m.start(), to) + 1) / DAYS_PER_MONTH);
            }
        }
        double average = memberDays / days;
        double attrition = average == 0 ? Double.NaN : leavers / average * 365.0 / days;
        double mean = tenures.isEmpty()
                ? Double.NaN
                : tenures.stream().mapToDouble(Double::doubleValue).sum() / tenures.size();
        return new TeamStatistics(
                to,
                days,
                headcount,
                average,
                leavers,
                attrition,
                mean,
                median(tenures),
                headcount == 0 ? Double.NaN : (double) dedicated / headcount);
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
