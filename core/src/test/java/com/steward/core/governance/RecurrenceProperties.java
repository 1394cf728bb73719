package com.steward.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RecurrenceProperties {

    @Property
    void everyOccurrenceIsAtTheSameLocalTimeAndAWindowSplitInTwoGivesTheSameOccurrences(
            @ForAll @IntRange(min = 0, max = 700) int dayOffset,
            @ForAll @IntRange(min = 6, max = 20) int hour,
            @ForAll Frequency frequency,
            @ForAll @IntRange(min = 1, max = 400) int splitDay) {
        ZoneId zone = ZoneId.of("Europe/Berlin");
        LocalDateTime first = LocalDateTime.of(2025, 1, 1, hour, 15).plusDays(dayOffset);
        Instant from = Instant.parse("2025-01-01T00:00:00Z");
        Instant to = Instant.parse("2027-06-30T00:00:00Z");
        List<Instant> all = Recurrence.occurrences(first, zone, frequency, from, to);
        for (Instant at : all) {
            assertThat(at.atZone(zone).toLocalTime()).isEqualTo(first.toLocalTime());
            assertThat(at.atZone(zone).getDayOfWeek()).isEqualTo(first.getDayOfWeek());
        }
        assertThat(all).isSorted().doesNotHaveDuplicates();
        Instant split = from.plusSeconds(86_400L * splitDay);
        List<Instant> before = Recurrence.occurrences(first, zone, frequency, from, split.minusNanos(1));
        List<Instant> after = Recurrence.occurrences(first, zone, frequency, split, to);
        assertThat(concat(before, after)).isEqualTo(all);
    }

    private static List<Instant> concat(List<Instant> a, List<Instant> b) {
        var out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
