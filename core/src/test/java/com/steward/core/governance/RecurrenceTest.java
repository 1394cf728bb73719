package com.steward.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aWeeklyMeetingKeepsItsLocalTimeAcrossTheSpringChange() {
        // Berlin moves from CET (+01) to CEST (+02) on Sunday 29 March 2026.
        List<Instant> at = Recurrence.occurrences(
                LocalDateTime.of(2026, 3, 16, 10, 0),
                BERLIN,
                Frequency.WEEKLY,
                Instant.parse("2026-03-01T00:00:00Z"),
                Instant.parse("2026-04-07T00:00:00Z"));
        assertThat(at)
                .containsExactly(
                        Instant.parse("2026-03-16T09:00:00Z"),
                        Instant.parse("2026-03-23T09:00:00Z"),
                        Instant.parse("2026-03-30T08:00:00Z"),
                        Instant.parse("2026-04-06T08:00:00Z"));
    }

    @Test
    void aWeeklyMeetingKeepsItsLocalTimeAcrossTheAutumnChange() {
        // CEST ends on Sunday 25 October 2026.
        List<Instant> at = Recurrence.occurrences(
                LocalDateTime.of(2026, 10, 19, 10, 0),
                BERLIN,
                Frequency.WEEKLY,
                Instant.parse("2026-10-01T00:00:00Z"),
                Instant.parse("2026-10-27T00:00:00Z"));
        assertThat(at).containsExactly(Instant.parse("2026-10-19T08:00:00Z"), Instant.parse("2026-10-26T09:00:00Z"));
    }

    @Test
    void monthlyKeepsTheWeekdayOfTheMonthSoItNeverFallsOnAWeekend() {
        // Tuesday 13 January 2026 is the second Tuesday: then 10 Feb, 10 Mar, 14 Apr (all second Tuesdays)
        List<Instant> at = Recurrence.occurrences(
                LocalDateTime.of(2026, 1, 13, 14, 0),
                ZoneId.of("UTC"),
                Frequency.MONTHLY,
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-04-30T23:00:00Z"));
        assertThat(at)
                .containsExactly(
                        Instant.parse("2026-01-13T14:00:00Z"),
                        Instant.parse("2026-02-10T14:00:00Z"),
                        Instant.parse("2026-03-10T14:00:00Z"),
                        Instant.parse("2026-04-14T14:00:00Z"));
    }

    @Test
    void aFirstMeetingInTheFifthWeekRecursOnTheLastSuchWeekday() {
        // Friday 30 January 2026 is the fifth Friday: then the last Friday of each month
        List<Instant> at = Recurrence.occurrences(
                LocalDateTime.of(2026, 1, 30, 9, 0),
                ZoneId.of("UTC"),
                Frequency.MONTHLY,
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2026-03-31T23:00:00Z"));
        assertThat(at)
                .containsExactly(
                        Instant.parse("2026-01-30T09:00:00Z"),
                        Instant.parse("2026-02-27T09:00:00Z"),
                        Instant.parse("2026-03-27T09:00:00Z"));
    }

    @Test
    void quarterlyEveryThreeMonthsWithinTheWindowOnly() {
        // Wednesday 15 January 2025 is the third Wednesday: 16 Jul, 15 Oct 2025, 21 Jan 2026
        List<Instant> at = Recurrence.occurrences(
                LocalDateTime.of(2025, 1, 15, 9, 30),
                BERLIN,
                Frequency.QUARTERLY,
                Instant.parse("2025-06-01T00:00:00Z"),
                Instant.parse("2026-01-21T08:30:00Z"));
        assertThat(at)
                .containsExactly(
                        Instant.parse("2025-07-16T07:30:00Z"),
                        Instant.parse("2025-10-15T07:30:00Z"),
                        Instant.parse("2026-01-21T08:30:00Z"));
    }

    @Test
    void aLocalTimeInTheSpringGapMovesForwardByTheGap() {
        List<Instant> at = Recurrence.occurrences(
                LocalDateTime.of(2026, 3, 22, 2, 30),
                BERLIN,
                Frequency.WEEKLY,
                Instant.parse("2026-03-29T00:00:00Z"),
                Instant.parse("2026-03-29T23:00:00Z"));
        assertThat(at).containsExactly(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST
    }

    @Test
    void anEmptyWindowHasNoOccurrences() {
        assertThat(Recurrence.occurrences(
                        LocalDateTime.of(2026, 1, 1, 9, 0),
                        BERLIN,
                        Frequency.WEEKLY,
                        Instant.parse("2026-02-01T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z")))
                .isEmpty();
    }
}
