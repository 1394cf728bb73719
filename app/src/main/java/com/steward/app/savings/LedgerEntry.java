package com.steward.app.savings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/**
 * A stored hidden-cost entry. {@code hours} and {@code hourlyRate} are both set or both null; with them,
 * {@code amount} = hours × hourly rate to the cent.
 */
public record LedgerEntry(
        long id,
        long vendorId,
        String vendorName,
        YearMonth month,
        HiddenCostCategory category,
        String person,
        BigDecimal hours,
        BigDecimal hourlyRate,
        BigDecimal amount,
        String description,
        String createdBy,
        Instant createdAt) {}
