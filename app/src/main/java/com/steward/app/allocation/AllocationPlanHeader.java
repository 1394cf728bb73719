package com.steward.app.allocation;

import java.time.Instant;
import java.time.LocalDate;

/** An allocation plan's identity and period. */
public record AllocationPlanHeader(
        long id,
        String name,
        LocalDate firstDay,
        LocalDate lastDay,
        int intervalMinutes,
        String createdBy,
        Instant createdAt) {}
