package com.steward.app.reviews;

import java.time.LocalDate;

/** A promise to track; {@code madeOn} defaults to today. */
public record PromiseInput(
        long vendorId,
        Long meetingId,
        String what,
        String promisedBy,
        Side side,
        LocalDate madeOn,
        LocalDate dueDate) {}
