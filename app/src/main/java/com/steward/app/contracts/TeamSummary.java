package com.steward.app.contracts;

import java.time.LocalDate;

/**
 * The team's figures over the twelve months ending {@code asOf}; see {@code
 * com.steward.core.team.TeamStatistics} for the formulas. Rates are null when undefined (no team).
 *
 * @param from first day of the window
 * @param asOf last day of the window
 * @param headcount agents on the account on {@code asOf}
 * @param averageHeadcount mean daily headcount over the window
 * @param leavers agents whose last day fell in the window
 * @param annualAttrition leavers / average headcount, annualised (0.3 = 30 %)
 * @param meanTenureMonths mean months on the account of the current agents
 * @param medianTenureMonths median of the same
 * @param shareDedicated share of current agents dedicated to the account
 * @param shareCertified share of current agents certified
 */
public record TeamSummary(
        LocalDate from,
        LocalDate asOf,
        int headcount,
        double averageHeadcount,
        int leavers,
        Double annualAttrition,
        Double meanTenureMonths,
        Double medianTenureMonths,
        Double shareDedicated,
        Double shareCertified) {}
