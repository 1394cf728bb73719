package com.steward.core.team;

import java.time.LocalDate;

/**
 * One agent's time on the account.
 *
 * @param start first day on the account
 * @param end last day on the account, or null while still on it
 * @param dedicated works only on this account (false: shared with other clients)
 */
public record Membership(LocalDate start, LocalDate end, boolean dedicated) {

    public Membership {
        if (start == null) {
            throw new IllegalArgumentException("start must not be null");
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start (" + start + "), was " + end);
        }
    }

    /** On the account on {@code day} (start and end days included). */
    public boolean activeOn(LocalDate day) {
        return !day.isBefore(start) && (end == null || !day.isAfter(end));
    }
}
