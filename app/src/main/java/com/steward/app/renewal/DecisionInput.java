package com.steward.app.renewal;

/**
 * A renewal decision to record.
 *
 * @param option what was decided
 * @param rationale why, 1–4000 characters
 * @param internalMessage what the internal team is told, 1–4000 characters
 * @param vendorMessage what the vendor is told, 1–4000 characters
 * @param comparisonId the stored comparison that is the evidence; null takes the contract's latest one (if any)
 */
public record DecisionInput(
        DecisionOption option, String rationale, String internalMessage, String vendorMessage, Long comparisonId) {}
