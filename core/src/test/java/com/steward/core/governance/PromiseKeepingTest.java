package com.steward.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.core.calendar.Quarter;
import com.steward.core.governance.PromiseKeeping.Promise;
import com.steward.core.statistics.ProportionIntervals;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromiseKeepingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 4, 10);

    static Promise kept(String due, String on) {
        return new Promise(LocalDate.parse(due), PromiseStatus.KEPT, LocalDate.parse(on));
    }

    static Promise open(String due) {
        return new Promise(LocalDate.parse(due), PromiseStatus.OPEN, null);
    }

    static Promise broken(String due) {
        return new Promise(LocalDate.parse(due), PromiseStatus.BROKEN, null);
    }

    @Test
    void outcomesDependOnTheDueDateTheKeptDateAndToday() {
        assertThat(PromiseKeeping.outcome(kept("2026-03-10", "2026-03-10"), TODAY))
                .isEqualTo(PromiseOutcome.KEPT);
        assertThat(PromiseKeeping.outcome(kept("2026-03-10", "2026-03-11"), TODAY))
                .isEqualTo(PromiseOutcome.KEPT_LATE);
        assertThat(PromiseKeeping.outcome(broken("2026-03-10"), TODAY)).isEqualTo(PromiseOutcome.BROKEN);
        assertThat(PromiseKeeping.outcome(open("2026-04-10"), TODAY)).isEqualTo(PromiseOutcome.OPEN);
        assertThat(PromiseKeeping.outcome(open("2026-04-09"), TODAY)).isEqualTo(PromiseOutcome.OVERDUE);
    }

    @Test
    void theKeptRateCountsOnTimeKeepsOverResolvedAndOverduePromisesOfTheQuarter() {
        List<Promise> promises = List.of(
                kept("2026-01-15", "2026-01-10"), // Q1 kept
                kept("2026-02-15", "2026-02-15"), // Q1 kept
                kept("2026-03-01", "2026-03-20"), // Q1 kept late
                broken("2026-03-31"), // Q1 broken
                open("2026-03-30"), // Q1 overdue
                open("2026-04-09"), // Q2 overdue
                open("2026-05-01"), // Q2 not yet due
                kept("2026-04-02", "2026-04-01")); // Q2 kept
        var rates = PromiseKeeping.keptRates(promises, TODAY);
        assertThat(rates).extracting(r -> r.quarter().toString()).containsExactly("2026-Q1", "2026-Q2");
        var q1 = rates.get(0);
        assertThat(q1.kept()).isEqualTo(2);
        assertThat(q1.keptLate()).isEqualTo(1);
        assertThat(q1.broken()).isEqualTo(1);
        assertThat(q1.overdue()).isEqualTo(1);
        assertThat(q1.counted()).isEqualTo(5);
        assertThat(q1.value()).isCloseTo(0.4, within(1e-12));
        var wilson = ProportionIntervals.wilson95(2, 5);
        assertThat(q1.rate().low()).isEqualTo(wilson.low());
        assertThat(q1.rate().high()).isEqualTo(wilson.high());
        var q2 = rates.get(1);
        assertThat(q2.counted()).isEqualTo(2);
        assertThat(q2.notYetDue()).isEqualTo(1);
        assertThat(q2.value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void aQuarterWithOnlyPromisesNotYetDueHasNoRate() {
        var rates = PromiseKeeping.keptRates(List.of(open("2026-06-30")), TODAY);
        assertThat(rates).hasSize(1);
        assertThat(rates.getFirst().counted()).isZero();
        assertThat(rates.getFirst().rate()).isNull();
        assertThat(rates.getFirst().value()).isNaN();
    }

    @Test
    void quartersHaveTheirDays() {
        Quarter q = Quarter.of(LocalDate.of(2025, 11, 30));
        assertThat(q).hasToString("2025-Q4");
        assertThat(q.start()).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(q.end()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(Quarter.of(LocalDate.of(2026, 1, 1))).isGreaterThan(q);
    }
}
