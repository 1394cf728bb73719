package com.steward.app.savings;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Hidden costs of one vendor (or all vendors) over a range of months.
 *
 * @param vendorId the vendor, null for every vendor
 * @param from first month
 * @param to last month
 * @param months every month of the range, oldest first
 * @param byCategory category → amount per month (aligned with {@code months}), every category present
 * @param categoryTotals category → total over the range
 * @param total everything over the range
 * @param escalations number of ESCALATION entries over the range
 * @param governanceHours governance hours per person per month
 */
public record LedgerTotals(
        @Nullable Long vendorId,
        YearMonth from,
        YearMonth to,
        List<YearMonth> months,
        Map<HiddenCostCategory, List<BigDecimal>> byCategory,
        Map<HiddenCostCategory, BigDecimal> categoryTotals,
        BigDecimal total,
        long escalations,
        List<PersonHours> governanceHours) {

    /**
     * Governance hours of one person.
     *
     * @param hours per month, aligned with {@link LedgerTotals#months()}
     * @param totalHours over the range
     * @param totalAmount money over the range
     */
    public record PersonHours(String person, List<BigDecimal> hours, BigDecimal totalHours, BigDecimal totalAmount) {}
}
