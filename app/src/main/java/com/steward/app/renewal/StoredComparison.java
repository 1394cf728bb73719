package com.steward.app.renewal;

import java.time.Instant;

/**
 * A stored option comparison (its inputs; evaluated on read).
 *
 * @param id database id
 * @param contractId the contract
 * @param vendorId the contract's vendor
 * @param name its name
 * @param inputs the inputs, defaults filled in
 * @param createdBy who stored it
 * @param createdAt when
 */
public record StoredComparison(
        long id,
        long contractId,
        long vendorId,
        String name,
        OptionsInput inputs,
        String createdBy,
        Instant createdAt) {}
