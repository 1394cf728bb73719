package com.steward.app.renewal;

import java.time.Instant;

/**
 * A recorded renewal decision. Never changed: a correction is a new record that supersedes it.
 *
 * @param id database id
 * @param contractId the contract
 * @param contractName its name
 * @param vendorId its vendor
 * @param vendorName the vendor's name
 * @param option what was decided
 * @param rationale why
 * @param internalMessage what the internal team is told
 * @param vendorMessage what the vendor is told
 * @param comparisonId the stored comparison used as evidence, or null
 * @param evidence the comparison, standings and remediation as they stood
 * @param supersedesId the decision this one corrects, or null
 * @param supersededById the decision that corrected this one, or null (then this one is no longer in force)
 * @param decidedBy who decided
 * @param decidedAt when
 */
public record ExitDecision(
        long id,
        long contractId,
        String contractName,
        long vendorId,
        String vendorName,
        DecisionOption option,
        String rationale,
        String internalMessage,
        String vendorMessage,
        Long comparisonId,
        DecisionEvidence evidence,
        Long supersedesId,
        Long supersededById,
        String decidedBy,
        Instant decidedAt) {

    /** Not superseded. */
    public boolean inForce() {
        return supersededById == null;
    }
}
