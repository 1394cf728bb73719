package com.steward.app.duediligence;

import java.time.Instant;

/**
 * How the vendor treats and keeps its agents; unknown numbers are null.
 *
 * @param payVsMarketPercent agent pay relative to the local market, e.g. +5 = 5 % above, −10 = 10 % below
 * @param annualAttritionPercent agents leaving per year / average headcount, in %
 * @param averageTenureMonths mean tenure of the vendor's agents
 * @param dedicatedTeamOffered whether a team dedicated to our account is offered
 * @param source where the facts come from (RFP answer, site visit, ...)
 */
public record WorkforceFacts(
        long vendorId,
        Double payVsMarketPercent,
        Double annualAttritionPercent,
        Double averageTenureMonths,
        boolean dedicatedTeamOffered,
        String source,
        Instant updatedAt) {}
