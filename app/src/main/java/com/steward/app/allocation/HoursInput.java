package com.steward.app.allocation;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A vendor's hours for one interval as the API sends them; a {@code null} field is left as it was.
 *
 * @param vendor vendor code
 * @param intervalStart local start of the interval
 */
public record HoursInput(
        String vendor,
        LocalDateTime intervalStart,
        @Nullable Double committedHours,
        @Nullable Double scheduledHours,
        @Nullable Double deliveredHours) {}
