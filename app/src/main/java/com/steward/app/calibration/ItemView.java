package com.steward.app.calibration;

import java.time.Instant;

/**
 * A sampled interaction as the caller may see it. The handling vendor is hidden from graders while the session is
 * open (blind scoring), and from a VENDOR user for other vendors' interactions always.
 *
 * @param vendorName the handling vendor, or null when hidden
 * @param ownVendor true when a VENDOR user's own vendor handled it (shown once closed)
 * @param myScore the caller's own score, null when it has not scored it (or is no grader)
 * @param expertScore the client expert's score once closed, for client staff and for the handling vendor only
 */
public record ItemView(
        long id,
        int ordinal,
        String interactionId,
        String channel,
        String queue,
        Instant arrivedAt,
        String vendorName,
        boolean ownVendor,
        Double myScore,
        Double expertScore) {}
