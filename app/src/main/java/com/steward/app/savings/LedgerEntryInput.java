package com.steward.app.savings;

import java.math.BigDecimal;

/**
 * A new hidden-cost entry as the form, the API and the CSV import send it: either {@code hours} and
 * {@code hourlyRate} (the amount is computed) or a plain {@code amount}. Governance hours need a person and hours.
 *
 * @param month {@code yyyy-MM}
 */
public record LedgerEntryInput(
        Long vendorId,
        String month,
        HiddenCostCategory category,
        String person,
        BigDecimal hours,
        BigDecimal hourlyRate,
        BigDecimal amount,
        String description) {}
