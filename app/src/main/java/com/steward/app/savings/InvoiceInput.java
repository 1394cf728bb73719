package com.steward.app.savings;

import java.math.BigDecimal;

/**
 * A new (or corrected) invoice line of a contract; one line per month and unit type.
 *
 * @param month {@code yyyy-MM}
 * @param reference the vendor's invoice number
 */
public record InvoiceInput(
        String month, UnitType unitType, BigDecimal invoicedUnits, BigDecimal unitPrice, String reference) {}
