package com.steward.app.relationship;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A quarterly pulse survey of one vendor in one direction.
 *
 * @param quarter {@code yyyy-Qn}
 * @param closedEarly closed by a manager before {@code closesOn}
 * @param minGroupSize results are shown only from this many responses (at least 3)
 * @param responses answers so far (a count only: who answered is never shown)
 */
public record PulseSurvey(
        long id,
        long vendorId,
        String vendorCode,
        String vendorName,
        SurveyDirection direction,
        String quarter,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean closedEarly,
        int minGroupSize,
        int responses,
        String createdBy,
        Instant createdAt) {

    /** Open for answers on {@code today}. */
    public boolean isOpen(LocalDate today) {
        return !closedEarly && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** No more answers will come: closed early or past its closing date. */
    public boolean isClosed(LocalDate today) {
        return closedEarly || today.isAfter(closesOn);
    }

    public String status(LocalDate today) {
        return isClosed(today) ? "CLOSED" : today.isBefore(opensOn) ? "NOT_OPEN_YET" : "OPEN";
    }
}
