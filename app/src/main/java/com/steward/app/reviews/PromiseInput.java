package com.steward.app.reviews;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A promise to track; {@code madeOn} defaults to today. */
public record PromiseInput(
        long vendorId,
        @Nullable Long meetingId,
        @Nullable String what,
        @Nullable String promisedBy,
        @Nullable Side side,
        @Nullable LocalDate madeOn,
        @Nullable LocalDate dueDate) {

    /** Why a promise due before the day it was made is refused. */
    public static final String DUE_BEFORE_MADE = "a promise falls due on or after the day it is made";
}
