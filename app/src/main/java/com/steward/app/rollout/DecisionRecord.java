package com.steward.app.rollout;

import java.time.Instant;

/** A recorded decision with the gate evidence (JSON) as it stood when it was taken. */
public record DecisionRecord(
        long id,
        long phaseId,
        Decision decision,
        String rationale,
        String evidence,
        String decidedBy,
        Instant decidedAt) {}
