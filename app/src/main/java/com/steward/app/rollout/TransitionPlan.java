package com.steward.app.rollout;

import java.time.Instant;
import java.util.List;

/** A vendor's phased roll-out. */
public record TransitionPlan(
        long id,
        long vendorId,
        String vendorName,
        String vendorCode,
        Long contractId,
        String name,
        String createdBy,
        Instant createdAt,
        List<Phase> phases) {

    public TransitionPlan {
        phases = List.copyOf(phases);
    }
}
