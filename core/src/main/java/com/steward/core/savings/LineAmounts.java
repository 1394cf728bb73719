package com.steward.core.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** Money amounts of ledger and invoice lines, in exact decimals (never binary floating point). */
public final class LineAmounts {

    /** Amounts are kept to the cent. */
    public static final int MONEY_SCALE = 2;

    private LineAmounts() {}

    /**
     * quantity × price, rounded half-up to the cent (the usual commercial rounding of an invoice line).
     *
     * @param quantity hours or units, ≥ 0
     * @param price hourly rate or unit price, ≥ 0
     */
    public static BigDecimal amount(BigDecimal quantity, BigDecimal price) {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(price, "price");
        if (quantity.signum() < 0 || price.signum() < 0) {
            throw new IllegalArgumentException("quantity and price must be >= 0");
        }
        return quantity.multiply(price).setScale(MONEY_SCALE, RoundingMode.HALF_UP);
    }

    /** An amount entered as such, to the cent; more than two decimals is an error rather than a silent rounding. */
    public static BigDecimal money(BigDecimal amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be >= 0");
        }
        try {
            return amount.setScale(MONEY_SCALE, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("amount has more than " + MONEY_SCALE + " decimals", e);
        }
    }
}
