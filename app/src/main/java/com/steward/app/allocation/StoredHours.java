package com.steward.app.allocation;

import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/** A vendor's hours for one interval as stored; {@code null} = not reported. */
public record StoredHours(
        long vendorId,
        String vendorCode,
        LocalDateTime start,
        @Nullable Double committed,
        @Nullable Double scheduled,
        @Nullable Double delivered) {}
