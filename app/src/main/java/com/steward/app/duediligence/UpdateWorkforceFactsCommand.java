package com.steward.app.duediligence;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;

/** Replaces a vendor's workforce facts. */
public record UpdateWorkforceFactsCommand(
        @DecimalMin("-100") @DecimalMax("500") Double payVsMarketPercent,
        @DecimalMin("0") @DecimalMax("500") Double annualAttritionPercent,
        @DecimalMin("0") @DecimalMax("600") Double averageTenureMonths,
        boolean dedicatedTeamOffered,
        @Size(max = 500) String source) {}
