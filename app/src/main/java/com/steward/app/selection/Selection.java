package com.steward.app.selection;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A weighted selection among candidate vendors.
 *
 * @param businessCaseId the business case whose offers price the candidates, or null
 * @param weights every criterion's weight; they sum to 100
 * @param decision set once the selection is locked
 */
public record Selection(
        long id,
        String name,
        Long businessCaseId,
        List<Candidate> candidates,
        Map<Criterion, Double> weights,
        boolean locked,
        DecisionRecord decision,
        String createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public Selection {
        candidates = List.copyOf(candidates);
        weights = Map.copyOf(weights);
    }

    /** A vendor in the running, and the business-case offer that prices it. */
    public record Candidate(long vendorId, String vendorName, String offerName) {}

    /** Why the selection was decided as it was: the chosen vendor, the decision and its rationale. */
    public record DecisionRecord(
            long chosenVendorId,
            String chosenVendorName,
            String decision,
            String rationale,
            String decidedBy,
            Instant decidedAt) {}
}
