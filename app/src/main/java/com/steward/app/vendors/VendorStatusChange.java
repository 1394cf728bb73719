package com.steward.app.vendors;

import java.time.Instant;

/** One recorded move of a vendor's status. */
public record VendorStatusChange(
        long id,
        long vendorId,
        VendorStatus from,
        VendorStatus to,
        String reason,
        String changedBy,
        Instant changedAt) {}
