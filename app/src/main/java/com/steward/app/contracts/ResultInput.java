package com.steward.app.contracts;

import java.util.Map;

/**
 * Measured values of one month.
 *
 * @param period the month, {@code yyyy-MM}
 * @param invoiceAmount the month's invoice (for credits in money); null keeps any stored value,
 *     falling back to the contract's expected monthly invoice
 * @param values metric id → measured value in the metric's unit (ratios as 0–1)
 */
public record ResultInput(String period, Double invoiceAmount, Map<String, Double> values) {}
