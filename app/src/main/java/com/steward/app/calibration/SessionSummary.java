package com.steward.app.calibration;

import java.time.Instant;
import java.time.LocalDate;

/** One session in the list. */
public record SessionSummary(
        long id,
        String name,
        String formName,
        LocalDate from,
        LocalDate to,
        SessionStatus status,
        int items,
        int graders,
        Instant closedAt) {}
