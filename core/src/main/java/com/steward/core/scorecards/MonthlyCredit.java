package com.steward.core.scorecards;

/**
 * One month of the credit ledger. Amounts are in the invoice's currency.
 *
 * @param score the month's overall score (NaN when nothing was measured: no credit)
 * @param invoice the month's invoice (0 when unknown: percentages still hold, amounts are 0)
 * @param creditPercent credit in % of the invoice, in [0, cap]
 * @param credit credit amount, {@code invoice × creditPercent / 100}
 * @param earnedBack amount returned this month by earn-back
 * @param outstanding credits not (yet) earned back after this month
 * @param goodStreak consecutive good months ending with this one
 */
public record MonthlyCredit(
        double score,
        double invoice,
        double creditPercent,
        double credit,
        double earnedBack,
        double outstanding,
        int goodStreak) {}
