package com.steward.app.vendors;

import java.time.Instant;

/** A vendor as stored; {@code code} is the {@code handled_by} value in interaction data. */
public record Vendor(
        long id,
        String code,
        String name,
        VendorStatus status,
        boolean inHouse,
        Instant createdAt,
        Instant updatedAt) {}
