package com.steward.app.savings;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new hidden-cost entry as the form, the API and the CSV import send it: either {@code hours} and
 * {@code hourlyRate} (the amount is computed) or a plain {@code amount}. Governance hours need a person and hours.
 *
 * @param month {@code yyyy-MM}
 */
public record LedgerEntryInput(
        @Nullable Long vendorId,
        @Nullable String month,
        @Nullable HiddenCostCategory category,
        @Nullable String person,
        @Nullable BigDecimal hours,
        @Nullable BigDecimal hourlyRate,
        @Nullable BigDecimal amount,
        @Nullable String description) {}
