package com.steward.app.calibration;

import java.time.Instant;

/**
 * A vendor's dispute of the expert's score on one of its own sampled interactions.
 *
 * @param oldScore the expert's score when the dispute was raised
 * @param newScore the corrected score when upheld, else null
 */
public record Dispute(
        long id,
        long sessionId,
        long itemId,
        String interactionId,
        long vendorId,
        String reason,
        String raisedBy,
        Instant raisedAt,
        DisputeStatus status,
        double oldScore,
        Double newScore,
        String resolution,
        String resolvedBy,
        Instant resolvedAt) {}
