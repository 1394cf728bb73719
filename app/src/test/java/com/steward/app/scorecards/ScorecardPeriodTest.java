package com.steward.app.scorecards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.app.web.InvalidRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScorecardPeriodTest {

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        ScorecardPeriod p = ScorecardPeriod.parse(" 2024-02 ");
        assertThat(p.text()).isEqualTo("2024-02");
        assertThat(p.isWeekly()).isFalse();
        assertThat(p.start()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(p.end()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(p.month()).isEqualTo(YearMonth.of(2024, 2));
        assertThat(ScorecardPeriod.of(YearMonth.of(2024, 2))).isEqualTo(p);
    }

    @Test
    void anIsoWeekRunsMondayToSundayInTheWeekBasedYear() {
        ScorecardPeriod first = ScorecardPeriod.parse("2026-W01");
        assertThat(first.isWeekly()).isTrue();
        assertThat(first.start()).isEqualTo(LocalDate.of(2025, 12, 29));
        assertThat(first.end()).isEqualTo(LocalDate.of(2026, 1, 4));

        ScorecardPeriod tenth = ScorecardPeriod.parse("2026-w10");
        assertThat(tenth.text()).isEqualTo("2026-W10");
        assertThat(tenth.start()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(tenth.end()).isEqualTo(LocalDate.of(2026, 3, 8));

        ScorecardPeriod last = ScorecardPeriod.parse("2020-W53");
        assertThat(last.start()).isEqualTo(LocalDate.of(2020, 12, 28));
        assertThat(last.end()).isEqualTo(LocalDate.of(2021, 1, 3));
    }

    @Test
    void theWeekOfADayIsTheIsoWeekHoldingIt() {
        assertThat(ScorecardPeriod.weekOf(LocalDate.of(2021, 1, 3)).text()).isEqualTo("2020-W53");
        assertThat(ScorecardPeriod.weekOf(LocalDate.of(2025, 12, 31)).text()).isEqualTo("2026-W01");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2021-W53", "2026-W60", "2026-W00", "2026-13", "2026-00", "junk", "2026-W1", "2026-3"})
    void anythingElseIsABadPeriod(String text) {
        assertThatThrownBy(() -> ScorecardPeriod.parse(text))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("period");
    }
}
