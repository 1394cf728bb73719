package com.steward.app.contracts;

import java.util.List;

/**
 * A contract's scorecard as shown.
 *
 * @param contractId the contract
 * @param metrics the lines, in order
 * @param qualityAndCustomerShare share of the weight on quality and customer metrics (0–1)
 * @param requiredQualityShare the contract's required share
 * @param qualityShareMet whether the share is met
 * @param acknowledged a manager saved it below the share knowingly
 * @param warning the visible warning when operational metrics dominate, else null
 */
public record ScorecardDefinition(
        long contractId,
        List<Line> metrics,
        double qualityAndCustomerShare,
        double requiredQualityShare,
        boolean qualityShareMet,
        boolean acknowledged,
        String warning) {

    /** One line with the catalogue's facts about the metric. */
    public record Line(
            String metricId,
            String displayName,
            String kind,
            String unit,
            String direction,
            double target,
            double threshold,
            double weight) {}
}
