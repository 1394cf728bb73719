package com.steward.app.reviewpack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.app.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class ReviewPeriodTest {

    @Test
    void aQuarterCoversItsThreeMonths() {
        ReviewPeriod q = ReviewPeriod.parse("2026-q1");
        assertThat(q.text()).isEqualTo("2026-Q1");
        assertThat(q.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.to()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(q.months()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(q.quarterly()).isTrue();
        assertThat(q.title()).isEqualTo("Q1 2026");
        assertThat(q.contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void aMonthIsAPeriodToo() {
        ReviewPeriod m = ReviewPeriod.parse("2024-02");
        assertThat(m.to()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(m.quarterly()).isFalse();
        assertThat(m.title()).isEqualTo("February 2024");
    }

    @Test
    void anythingElseIsRefusedNamingTheField() {
        for (String bad : new String[] {"2026-Q5", "2026-13", "26-Q1", "", "2026-Q1; DROP TABLE x", null}) {
            assertThatThrownBy(() -> ReviewPeriod.parse(bad))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("period must be a quarter");
        }
        assertThatThrownBy(() -> ReviewPeriod.parse("0042-Q1"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("year 42 is out of range");
    }

    @Test
    void everyMonthLiesInItsQuarter() {
        for (YearMonth m = YearMonth.of(1999, 1); m.isBefore(YearMonth.of(2101, 1)); m = m.plusMonths(1)) {
            ReviewPeriod q = ReviewPeriod.quarterOf(m);
            assertThat(q.months()).hasSize(3).contains(m);
            assertThat(q.firstMonth().getMonthValue() % 3).isEqualTo(1);
        }
    }

    /** Heckbert's nice ticks cover the data range with a 1, 2 or 5 × 10^k step (10,000 seeded random ranges). */
    @Test
    void niceTicksCoverTheRangeWithARoundStep() {
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 10_000; i++) {
            double lo = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(8));
            double span = Math.pow(10, random.nextDouble() * 9 - 3);
            double hi = lo + span;
            double[] ticks = PackCharts.niceTicks(lo, hi, 5);
            assertThat(ticks[0]).isLessThanOrEqualTo(lo + 1e-9 * Math.abs(lo));
            assertThat(ticks[ticks.length - 1]).isGreaterThanOrEqualTo(hi - 1e-9 * Math.abs(hi));
            assertThat(ticks.length).isBetween(3, 13);
            double step = ticks[1] - ticks[0];
            double mantissa = step / Math.pow(10, Math.floor(Math.log10(step)));
            double nearest = Math.min(
                    Math.min(Math.abs(mantissa - 1), Math.abs(mantissa - 2)),
                    Math.min(Math.abs(mantissa - 5), Math.abs(mantissa - 10)));
            assertThat(nearest).as("step %s for [%s, %s]", step, lo, hi).isLessThan(1e-6);
        }
    }
}
