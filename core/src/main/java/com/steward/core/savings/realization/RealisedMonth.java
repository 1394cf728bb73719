package com.steward.core.savings.realization;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One month of the term, realised.
 *
 * @param index month of the term, 1 = the first
 * @param plannedInHouse the plan's in-house cost (null outside the plan or without one)
 * @param plannedVendor the plan's vendor cost
 * @param plannedSavings plannedInHouse − plannedVendor
 * @param actual what happened: invoiced, credits and hidden costs
 * @param realisedSavings plannedInHouse − actual cost; null when not invoiced or not planned
 * @param cumulativePlan Σ plannedSavings up to this month; null outside the plan
 * @param cumulativeRealised Σ realisedSavings up to this month; null without a plan
 * @param cumulativeForecast realised to date plus the trend's fitted savings of the months not invoiced, up to this
 *     month; null without a forecast or outside the plan
 */
public record RealisedMonth(
        int index,
        @Nullable BigDecimal plannedInHouse,
        @Nullable BigDecimal plannedVendor,
        @Nullable BigDecimal plannedSavings,
        RealisationMonth actual,
        @Nullable BigDecimal realisedSavings,
        @Nullable BigDecimal cumulativePlan,
        @Nullable BigDecimal cumulativeRealised,
        @Nullable BigDecimal cumulativeForecast) {}
