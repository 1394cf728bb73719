package com.steward.app.savings;

import com.steward.core.savings.SavingsForecast;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Savings realised by a contract against its business case, month by month, with a forecast to the end of the term.
 * Money in the business case's base currency.
 *
 * @param businessCaseId null when the contract links no business case (then {@code note} says so and the months
 *     carry actual costs only)
 * @param target planned savings over the term (in-house cost − vendor cost of the linked offer), null without a case
 * @param months every month of the term, oldest first
 * @param forecast null with fewer than {@link SavingsForecast#MIN_MONTHS} invoiced months or without a case
 * @param note why something is missing, or null
 */
public record SavingsRealization(
        long contractId,
        String contractName,
        long vendorId,
        String vendorName,
        @Nullable Long businessCaseId,
        @Nullable String businessCaseName,
        @Nullable String offerName,
        @Nullable Double target,
        double realizedToDate,
        List<Month> months,
        SavingsForecast.@Nullable Forecast forecast,
        @Nullable String note) {

    /**
     * One month of the term.
     *
     * @param index month of the term, 1 = the first
     * @param plannedInHouse the business case's in-house cost of the month (null without a case)
     * @param plannedVendor the business case's cost of the linked offer for the month
     * @param plannedSavings plannedInHouse − plannedVendor
     * @param invoiced Σ invoice lines (null when nothing was invoiced: the month is not realised yet)
     * @param credits service credits net of earn-back (credit − earned back)
     * @param hiddenCosts Σ hidden-cost ledger of the vendor for the month
     * @param actualCost invoiced − credits + hiddenCosts, null when not invoiced
     * @param realizedSavings plannedInHouse − actualCost, null when not invoiced or without a case
     * @param cumulativePlan Σ plannedSavings up to this month
     * @param cumulativeRealized Σ realizedSavings of invoiced months up to this month
     * @param cumulativeForecast realised to date plus the trend's fitted savings of the months not invoiced, up to
     *     this month; null without a forecast
     */
    public record Month(
            YearMonth month,
            int index,
            @Nullable Double plannedInHouse,
            @Nullable Double plannedVendor,
            @Nullable Double plannedSavings,
            @Nullable Double invoiced,
            double credits,
            double hiddenCosts,
            @Nullable Double actualCost,
            @Nullable Double realizedSavings,
            @Nullable Double cumulativePlan,
            @Nullable Double cumulativeRealized,
            @Nullable Double cumulativeForecast) {}
}
