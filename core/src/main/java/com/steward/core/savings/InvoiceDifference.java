package com.steward.core.savings;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Invoiced units against the units the interaction data (or roster) shows, for one invoice line.
 *
 * @param invoicedUnits units on the invoice
 * @param measuredUnits units measured from the lake or the roster
 * @param unitDifference invoiced − measured (positive: the vendor invoiced more than we can see)
 * @param percentDifference unitDifference / measured × 100, null when nothing was measured
 * @param moneyDifference unitDifference × unit price, to the cent (the amount in question)
 * @param flagged |percentDifference| above the tolerance, or units invoiced where none were measured
 */
public record InvoiceDifference(
        BigDecimal invoicedUnits,
        BigDecimal measuredUnits,
        BigDecimal unitDifference,
        Double percentDifference,
        BigDecimal moneyDifference,
        boolean flagged) {

    /**
     * Compares invoiced with measured units.
     *
     * @param tolerancePercent the accepted |difference| in percent of the measured units (e.g. 2.0), ≥ 0
     */
    public static InvoiceDifference of(
            BigDecimal invoicedUnits, BigDecimal measuredUnits, BigDecimal unitPrice, double tolerancePercent) {
        Objects.requireNonNull(invoicedUnits, "invoicedUnits");
        Objects.requireNonNull(measuredUnits, "measuredUnits");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (!(tolerancePercent >= 0) || Double.isInfinite(tolerancePercent)) {
            throw new IllegalArgumentException("tolerance must be a finite number >= 0");
        }
        BigDecimal difference = invoicedUnits.subtract(measuredUnits);
        BigDecimal money = difference.multiply(unitPrice).setScale(LineAmounts.MONEY_SCALE, RoundingMode.HALF_UP);
        Double percent = measuredUnits.signum() == 0
                ? null
                : difference
                        .multiply(BigDecimal.valueOf(100))
                        .divide(measuredUnits, MathContext.DECIMAL64)
                        .doubleValue();
        boolean flagged = percent == null ? difference.signum() != 0 : Math.abs(percent) > tolerancePercent;
        return new InvoiceDifference(invoicedUnits, measuredUnits, difference, percent, money, flagged);
    }
}
