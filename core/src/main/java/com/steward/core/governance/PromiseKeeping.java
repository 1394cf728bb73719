package com.steward.core.governance;

import com.steward.core.calendar.Quarter;
import com.steward.core.statistics.Interval;
import com.steward.core.statistics.ProportionIntervals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Promise keeping: a promise's outcome and the kept-on-time rate per calendar quarter.
 *
 * <p><b>Kept rate</b> of a quarter = promises <i>due</i> in the quarter that were kept on or before their due date ÷
 * promises due in the quarter that are resolved (kept, kept late, broken) or overdue (open past their due date) as of
 * the day of computation. Open promises not yet due are left out: they have not had their chance yet. A promise kept
 * late counts in the denominator but not the numerator. The interval is the 95% Wilson score interval (Wilson, JASA
 * 1927; see {@link ProportionIntervals#wilson}), which stays inside [0, 1] for small counts and for 0 or all kept.
 */
public final class PromiseKeeping {

    private PromiseKeeping() {}

    /** A promise as far as keeping goes. */
    public record Promise(
            LocalDate dueDate,
            PromiseStatus status,
            @Nullable LocalDate keptOn) {
        public Promise {
            if (dueDate == null || status == null) {
                throw new IllegalArgumentException("a promise needs a due date and a status");
            }
            if (status == PromiseStatus.KEPT && keptOn == null) {
                throw new IllegalArgumentException("a kept promise needs the day it was kept");
            }
        }
    }

    /** One quarter's rate: {@code kept} of {@code counted}, with the Wilson interval (null when nothing counted). */
    public record QuarterRate(
            Quarter quarter,
            long kept,
            long keptLate,
            long broken,
            long overdue,
            long notYetDue,
            long counted,
            @Nullable Interval rate) {

        /** The kept rate 0–1, NaN when nothing counted. */
        public double value() {
            return rate == null ? Double.NaN : rate.estimate();
        }
    }

    /**
     * The outcome on {@code today}: KEPT when kept on or before the due date, KEPT_LATE after it, BROKEN as recorded,
     * OVERDUE when open and {@code today} is after the due date, otherwise OPEN.
     */
    public static PromiseOutcome outcome(Promise promise, LocalDate today) {
        return switch (promise.status()) {
            case KEPT ->
                // a kept promise always carries its day (the record refuses one without)
                Objects.requireNonNull(promise.keptOn()).isAfter(promise.dueDate())
                        ? PromiseOutcome.KEPT_LATE
                        : PromiseOutcome.KEPT;
            case BROKEN -> PromiseOutcome.BROKEN;
            case OPEN -> today.isAfter(promise.dueDate()) ? PromiseOutcome.OVERDUE : PromiseOutcome.OPEN;
        };
    }

    /** The kept rate of every quarter in which some promise is due, oldest first. */
    public static List<QuarterRate> keptRates(Collection<Promise> promises, LocalDate today) {
        Map<Quarter, long[]> counts = new TreeMap<>();
        for (Promise p : promises) {
            long[] c = counts.computeIfAbsent(Quarter.of(p.dueDate()), q -> new long[5]);
            c[outcome(p, today).ordinal()]++;
        }
        List<QuarterRate> out = new ArrayList<>();
        counts.forEach((quarter, c) -> out.add(rate(quarter, c)));
        return out;
    }

    private static QuarterRate rate(Quarter quarter, long[] c) {
        long open = c[PromiseOutcome.OPEN.ordinal()];
        long overdue = c[PromiseOutcome.OVERDUE.ordinal()];
        long kept = c[PromiseOutcome.KEPT.ordinal()];
        long late = c[PromiseOutcome.KEPT_LATE.ordinal()];
        long broken = c[PromiseOutcome.BROKEN.ordinal()];
        long counted = kept + late + broken + overdue;
        Interval interval = counted == 0 ? null : ProportionIntervals.wilson95(kept, counted);
        return new QuarterRate(quarter, kept, late, broken, overdue, open, counted, interval);
    }
}
