package com.steward.core.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class ForecastCsvTest {

    @Test
    void readsIntervalsInferringTheirLength() {
        Forecast f = ForecastCsv.parse("""
                interval_start,contacts,aht_seconds
                2025-03-03T08:00,120,240
                2025-03-03 08:30,"131.5",236

                2025-03-03T09:00,0,
                """);
        assertThat(f.intervalLength()).isEqualTo(Duration.ofMinutes(30));
        assertThat(f.intervals()).hasSize(3);
        assertThat(f.intervals().get(1))
                .isEqualTo(new IntervalForecast(LocalDateTime.of(2025, 3, 3, 8, 30), 131.5, 236));
        assertThat(f.intervals().get(2).contacts()).isZero();
    }

    @Test
    void acceptsColumnsInAnyOrder() {
        Forecast f = ForecastCsv.parse("AHT_SECONDS,interval_start,contacts\n300,2025-03-03T08:00,10\n");
        assertThat(f.intervals().getFirst().ahtSeconds()).isEqualTo(300);
        assertThat(f.intervalLength()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void reportsLineAndColumnOfABadNumber() {
        ForecastFormatException e = catchThrowableOfType(
                ForecastFormatException.class,
                () -> ForecastCsv.parse("interval_start,contacts,aht_seconds\n2025-03-03T08:00,12,240\n"
                        + "2025-03-03T08:15,lots,240\n"));
        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.found()).isEqualTo("lots");
        assertThat(e).hasMessage("line 3, column 2: expected a number >= 0 of contacts, found 'lots'");
    }

    @Test
    void rejectsAnUnknownColumnInTheHeader() {
        ForecastFormatException e = catchThrowableOfType(
                ForecastFormatException.class, () -> ForecastCsv.parse("interval_start,calls,aht_seconds\n"));
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(2);
        assertThat(e.expected()).contains("contacts");
    }

    @Test
    void rejectsABadTimestampNegativeContactsAndZeroHandleTime() {
        String header = "interval_start,contacts,aht_seconds\n";
        assertThat(catchThrowableOfType(
                                ForecastFormatException.class,
                                () -> ForecastCsv.parse(header + "03/03/2025 08:00,1,200\n"))
                        .column())
                .isEqualTo(1);
        assertThat(catchThrowableOfType(
                                ForecastFormatException.class,
                                () -> ForecastCsv.parse(header + "2025-03-03T08:00,-1,200\n"))
                        .column())
                .isEqualTo(2);
        ForecastFormatException aht = catchThrowableOfType(
                ForecastFormatException.class, () -> ForecastCsv.parse(header + "2025-03-03T08:00,5,0\n"));
        assertThat(aht.column()).isEqualTo(3);
        assertThat(aht.line()).isEqualTo(2);
    }

    @Test
    void rejectsRowsOutOfOrderOrOffTheGrid() {
        String header = "interval_start,contacts,aht_seconds\n";
        ForecastFormatException backwards = catchThrowableOfType(
                ForecastFormatException.class,
                () -> ForecastCsv.parse(header + "2025-03-03T08:15,1,200\n2025-03-03T08:00,1,200\n"));
        assertThat(backwards.line()).isEqualTo(3);
        assertThat(backwards.column()).isEqualTo(1);
        ForecastFormatException offGrid = catchThrowableOfType(
                ForecastFormatException.class,
                () -> ForecastCsv.parse(
                        new StringReader(header + "2025-03-03T08:00,1,200\n2025-03-03T08:20,1,200\n"),
                        Duration.ofMinutes(15)));
        assertThat(offGrid.line()).isEqualTo(3);
        assertThat(offGrid.expected()).contains("15-minute grid");
    }

    @Test
    void rejectsAFieldCountThatDiffersFromTheHeaderAndAnEmptyFile() {
        ForecastFormatException e = catchThrowableOfType(
                ForecastFormatException.class,
                () -> ForecastCsv.parse("interval_start,contacts,aht_seconds\n2025-03-03T08:00,1\n"));
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).as("the first missing column").isEqualTo(3);
        assertThat(catchThrowableOfType(ForecastFormatException.class, () -> ForecastCsv.parse("")))
                .hasMessageContaining("header");
        assertThat(catchThrowableOfType(
                        ForecastFormatException.class,
                        () -> ForecastCsv.parse("interval_start,contacts,aht_seconds\n")))
                .hasMessageContaining("at least one interval");
    }
}
