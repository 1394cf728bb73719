package com.steward.app.keycustomers;

import java.time.Instant;

/**
 * One sampled key customer to call, with the stratum it was drawn from and the call's outcome once recorded.
 *
 * @param contacts the customer's contacts with the vendor in the month
 * @param outcome null until the call is recorded
 */
public record KeyCustomerCall(
        long id,
        long sampleId,
        int ordinal,
        String customerId,
        String customerName,
        Tier tier,
        String queue,
        String region,
        int contacts,
        long assigneeId,
        String assigneeName,
        CallOutcome outcome,
        Integer satisfaction,
        String feedback,
        boolean followUp,
        String recordedBy,
        Instant recordedAt) {}
