package com.steward.app.costing;

import com.steward.app.web.InvalidRequestException;
import com.steward.core.costing.Distribution;
import java.util.Locale;

/**
 * A savings-risk simulation of one offer of a scenario. Inputs left out stay fixed at the
 * scenario's value.
 *
 * @param offerName the offer to simulate (default: the first)
 * @param savingsTarget savings fraction to reach, e.g. 0.15 (default 0.15)
 * @param trials 1 … 200,000 (default 10,000)
 * @param seed random seed (default 1); the same seed gives the same result
 * @param contactsPerMonth distribution of the monthly volume
 * @param ahtSeconds distribution of the AHT
 * @param annualAttritionRate distribution of in-house attrition
 * @param extraAnnualChurnRate distribution of the extra churn caused by outsourcing
 * @param parallelRunMonths distribution of the ramp (parallel-run) length in months
 */
public record SavingsRiskRequest(
        String offerName,
        Double savingsTarget,
        Integer trials,
        Long seed,
        DistributionInput contactsPerMonth,
        DistributionInput ahtSeconds,
        DistributionInput annualAttritionRate,
        DistributionInput extraAnnualChurnRate,
        DistributionInput parallelRunMonths) {

    /** Most trials one request may run. */
    public static final int MAX_TRIALS = 200_000;

    /**
     * One input's distribution.
     *
     * @param type FIXED (value), UNIFORM (low, high), TRIANGULAR (low, mode, high) or NORMAL (mean, standardDeviation)
     */
    public record DistributionInput(
            String type, Double value, Double low, Double mode, Double high, Double mean, Double standardDeviation) {

        /** The core distribution; {@code field} names this input in errors. */
        public Distribution toCore(String field) {
            String kind = type == null ? "FIXED" : type.strip().toUpperCase(Locale.ROOT);
            return BusinessCaseInput.checked(field, () -> switch (kind) {
                case "FIXED" -> Distribution.fixed(required(field, "value", value));
                case "UNIFORM" -> Distribution.uniform(required(field, "low", low), required(field, "high", high));
                case "TRIANGULAR" ->
                    Distribution.triangular(
                            required(field, "low", low), required(field, "mode", mode), required(field, "high", high));
                case "NORMAL" ->
                    Distribution.normal(
                            required(field, "mean", mean), required(field, "standardDeviation", standardDeviation));
                default ->
                    throw new InvalidRequestException(
                            field + ".type", field + ".type must be FIXED, UNIFORM, TRIANGULAR or NORMAL");
            });
        }

        private static double required(String field, String part, Double v) {
            if (v == null) {
                throw new InvalidRequestException(field + "." + part, field + "." + part + " is required");
            }
            return v;
        }
    }
}
