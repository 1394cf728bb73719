package com.steward.app.savings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

/** A stored invoice line: {@code amount} = invoiced units × unit price, to the cent. */
public record Invoice(
        long id,
        long contractId,
        long vendorId,
        String vendorName,
        YearMonth month,
        UnitType unitType,
        BigDecimal invoicedUnits,
        BigDecimal unitPrice,
        BigDecimal amount,
        String reference,
        String createdBy,
        Instant createdAt) {}
