package com.steward.app.savings;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A new (or corrected) invoice line of a contract; one line per month and unit type.
 *
 * @param month {@code yyyy-MM}
 * @param reference the vendor's invoice number
 */
public record InvoiceInput(
        @Nullable String month,
        @Nullable UnitType unitType,
        @Nullable BigDecimal invoicedUnits,
        @Nullable BigDecimal unitPrice,
        @Nullable String reference) {}
