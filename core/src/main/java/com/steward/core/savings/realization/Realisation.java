package com.steward.core.savings.realization;

import com.steward.core.savings.SavingsForecast;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A contract's savings realisation over its term.
 *
 * @param target planned savings over the months both plan and term cover; null without a plan
 * @param realisedToDate Σ realised savings of the invoiced months (0 when none)
 * @param months every month of the term, the first first
 * @param forecast the projection of the term's total; null without a plan or with fewer than {@link
 *     SavingsForecast#MIN_MONTHS} realised months
 * @param planMonths months both the plan and the term cover (0 without a plan)
 * @param realisedMonths months with realised savings (invoiced and planned)
 */
public record Realisation(
        @Nullable BigDecimal target,
        BigDecimal realisedToDate,
        List<RealisedMonth> months,
        SavingsForecast.@Nullable Forecast forecast,
        int planMonths,
        int realisedMonths) {

    public Realisation {
        months = List.copyOf(months);
    }
}
