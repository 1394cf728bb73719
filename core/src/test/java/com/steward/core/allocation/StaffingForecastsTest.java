package com.steward.core.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.core.staffing.Forecast;
import com.steward.core.staffing.ForecastCsv;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class StaffingForecastsTest {

    private static final Segment BILLING_TX = new Segment("billing", "TX");

    @Test
    void everyIntervalOfTheStaffingForecastBecomesOneOfTheSegment() {
        Forecast f = ForecastCsv.parse(
                "interval_start,contacts,aht_seconds\n2026-03-02T08:00,120,240\n" + "2026-03-02T08:30,90.5,250\n");
        assertThat(StaffingForecasts.of(BILLING_TX, f, Duration.ofMinutes(30)))
                .containsExactly(
                        new ForecastInterval(BILLING_TX, LocalDateTime.of(2026, 3, 2, 8, 0), 120, 240),
                        new ForecastInterval(BILLING_TX, LocalDateTime.of(2026, 3, 2, 8, 30), 90.5, 250));
    }

    @Test
    void refusesAForecastOnAnotherIntervalLength() {
        Forecast f = ForecastCsv.parse(
                "interval_start,contacts,aht_seconds\n2026-03-02T08:00,120,240\n" + "2026-03-02T08:15,90,250\n");
        assertThatThrownBy(() -> StaffingForecasts.of(BILLING_TX, f, Duration.ofMinutes(30)))
                .isInstanceOf(AllocationException.class)
                .hasMessageContaining("15 minutes")
                .hasMessageContaining("30");
    }
}
