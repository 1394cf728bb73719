package com.steward.app.vendors;

import java.time.Instant;

/** A person at the vendor to talk to. */
public record VendorContact(
        long id, long vendorId, String name, String title, String email, String phone, Instant createdAt) {}
