package com.steward.core.governance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Occurrences of a recurring meeting in a time zone. The local wall time is kept (a 10:00 weekly meeting in
 * Europe/Berlin is at 10:00 local time in winter and in summer, so 09:00Z and 08:00Z), as RFC 5545 §3.3.10 specifies
 * for a recurrence with a DTSTART in a named zone. A local time that falls in a spring-forward gap moves forward by
 * the gap's length and an ambiguous autumn time takes the earlier offset ({@link ZonedDateTime#of} rules).
 */
public final class Recurrence {

    /** At most this many occurrences per call, so a mistaken horizon cannot run away. */
    public static final int MAX_OCCURRENCES = 2_000;

    private Recurrence() {}

    /**
     * The occurrences with start in {@code [from, to]}, oldest first.
     *
     * @param first the first occurrence's local date-time in {@code zone}
     * @param zone the zone whose wall time the recurrence keeps
     * @param frequency how often
     * @param from earliest start wanted (inclusive)
     * @param to latest start wanted (inclusive)
     */
    public static List<Instant> occurrences(
            LocalDateTime first, ZoneId zone, Frequency frequency, Instant from, Instant to) {
        if (first == null || zone == null || frequency == null || from == null || to == null) {
            throw new IllegalArgumentException("first, zone, frequency, from and to are required");
        }
        List<Instant> out = new ArrayList<>();
        if (to.isBefore(from)) {
            return out;
        }
        for (long n = 0; out.size() < MAX_OCCURRENCES; n++) {
            Instant at = ZonedDateTime.of(frequency.nth(first, n), zone).toInstant();
            if (at.isAfter(to)) {
                break;
            }
            if (!at.isBefore(from)) {
                out.add(at);
            }
        }
        return out;
    }
}
