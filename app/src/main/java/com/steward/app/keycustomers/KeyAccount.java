package com.steward.app.keycustomers;

import java.time.Instant;

/**
 * A key account.
 *
 * @param customerId the customer's id exactly as in the interaction data's {@code customer_id}
 * @param accountOwner who owns the account on the client's side
 */
public record KeyAccount(
        long id,
        String customerId,
        String name,
        Tier tier,
        String accountOwner,
        Instant createdAt,
        Instant updatedAt) {}
