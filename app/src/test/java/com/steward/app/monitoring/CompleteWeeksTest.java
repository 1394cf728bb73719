package com.steward.app.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.KpiSettings;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Which weeks monitoring may judge: whole weeks whose outcome (e.g. a repeat contact) is already known. */
class CompleteWeeksTest {

    static final LocalDate FIRST = LocalDate.of(2025, 4, 1);
    static final LocalDate LAST = LocalDate.of(2026, 3, 31);
    static final KpiSettings SETTINGS = KpiSettings.defaults();

    @Test
    void aWeekCutByTheStartOrEndOfTheDataIsNotJudged() {
        assertThat(Monitoring.complete(LocalDate.of(2025, 3, 31), "csat", FIRST, LAST, SETTINGS))
                .isFalse();
        assertThat(Monitoring.complete(LocalDate.of(2025, 4, 7), "csat", FIRST, LAST, SETTINGS))
                .isTrue();
        assertThat(Monitoring.complete(LocalDate.of(2026, 3, 23), "csat", FIRST, LAST, SETTINGS))
                .isTrue();
        assertThat(Monitoring.complete(LocalDate.of(2026, 3, 30), "csat", FIRST, LAST, SETTINGS))
                .isFalse();
    }

    @Test
    void fcrWaitsForItsRepeatContactWindowToPass() {
        // week of 2026-03-23 ends on the 29th; its last contacts' 7-day window ends on 2026-04-05, after the data
        assertThat(Monitoring.complete(LocalDate.of(2026, 3, 23), "fcr", FIRST, LAST, SETTINGS))
                .isFalse();
        assertThat(Monitoring.complete(LocalDate.of(2026, 3, 16), "fcr", FIRST, LAST, SETTINGS))
                .isTrue();
    }
}
