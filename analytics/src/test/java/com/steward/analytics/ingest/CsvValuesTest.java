package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvValuesTest {
    private static final long NO_FIXED_OFFSET = Long.MIN_VALUE;

    @Test
    void timestampsMatchJavaTimeForRandomInstantsAndOffsets() {
        Random random = new Random(1);
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");
        for (int i = 0; i < 20_000; i++) {
            long micros = 631_152_000_000_000L + (long) (random.nextDouble() * 3_470_000_000_000_000L);
            Instant instant =
                    Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000L);
            var offset = java.time.ZoneOffset.ofTotalSeconds((random.nextInt(53) - 26) * 1800);
            String text = format.format(OffsetDateTime.ofInstant(instant, offset));
            assertThat(parse(text, NO_FIXED_OFFSET)).as(text).isEqualTo(micros);
        }
    }

    @Test
    void acceptsEveryOffsetSpellingAndFixedZonesOnly() {
        long utc = Instant.parse("2028-02-29T12:00:00Z").getEpochSecond() * 1_000_000L;
        assertThat(parse("2028-02-29 12:00:00Z", NO_FIXED_OFFSET)).isEqualTo(utc);
        assertThat(parse("2028-02-29T12:00:00+00", NO_FIXED_OFFSET)).isEqualTo(utc);
        assertThat(parse("2028-02-29 13:30:00+01:30", NO_FIXED_OFFSET)).isEqualTo(utc);
        assertThat(parse("2028-02-29 10:30:00-0130", NO_FIXED_OFFSET)).isEqualTo(utc);
        assertThat(parse("2028-02-29 12:00:00.5", 0)).isEqualTo(utc + 500_000);
        assertThatThrownBy(() -> parse("2028-02-29 12:00:00", NO_FIXED_OFFSET))
                .isInstanceOf(DirectImport.Deferred.class);
        for (String bad : new String[] {
            "2027-02-29 12:00:00Z", "2028-13-01 12:00:00Z", "2028-02-29 12:00Z", "2028-02-29 12:00:00.Z",
            "2028-02-29 12:00:00.1234567Z", "2028-02-29 12:00:00+1", "2028-02-29 12:00:00+15",
                    "2028-02-29 12:00:00 UTC",
            "2028-02-29 24:00:00Z", "2028/02/29 12:00:00Z"
        }) {
            assertThatThrownBy(() -> parse(bad, 0)).as(bad).isInstanceOf(DirectImport.Deferred.class);
        }
    }

    @Test
    void numbersAreCorrectlyRoundedOrDeferred() {
        Random random = new Random(2);
        for (int i = 0; i < 100_000; i++) {
            String text = (random.nextBoolean() ? "-" : "") + random.nextInt(1_000_000) + "."
                    + String.format("%0" + (1 + random.nextInt(8)) + "d", random.nextInt(10_000_000));
            if (text.replace("-", "").replace(".", "").length() > 15) {
                continue;
            }
            assertThat(number(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
        assertThat(number("-0")).isEqualTo(-0.0);
        for (String bad : new String[] {"1e3", "+1", ".5", "5.", "1.2.3", "NaN", "1234567890123456", "-", "1 "}) {
            assertThatThrownBy(() -> number(bad)).as(bad).isInstanceOf(DirectImport.Deferred.class);
        }
    }

    @Test
    void monthsOfEpochDaysMatchJavaTime() {
        for (long day = LocalDate.of(1990, 1, 1).toEpochDay();
                day < LocalDate.of(2100, 1, 1).toEpochDay();
                day++) {
            LocalDate date = LocalDate.ofEpochDay(day);
            assertThat(CsvValues.yearMonth(day)).isEqualTo(date.getYear() * 100 + date.getMonthValue());
            assertThat(CsvValues.epochDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth()))
                    .isEqualTo(day);
        }
    }

    private static long parse(String text, long fixedOffsetMicros) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return CsvValues.parseTimestampMicros(b, 0, b.length, fixedOffsetMicros);
    }

    private static double number(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        return CsvValues.parseNumber(b, 0, b.length);
    }
}
