package com.steward.app.savings;

import com.steward.core.savings.InvoiceDifference;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * A contract's invoice of one month against what the lake and the roster show.
 *
 * @param tolerancePercent |difference| in % of the measured units accepted without a flag
 * @param lines one per invoice line
 * @param moneyDifference Σ of the lines' money differences (positive: invoiced more than measured)
 * @param flagged any line flagged
 */
public record InvoiceCheck(
        long contractId,
        String contractName,
        String vendorCode,
        YearMonth month,
        double tolerancePercent,
        List<Line> lines,
        BigDecimal invoicedAmount,
        BigDecimal moneyDifference,
        boolean flagged) {

    /** One invoice line checked; {@code measuredAs} says how the measured units were counted. */
    public record Line(Invoice invoice, String measuredAs, InvoiceDifference difference) {}
}
