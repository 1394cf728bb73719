package com.steward.app.duediligence;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One of a vendor's clients, confidential under NDA.
 *
 * @param matchesIndustry the client is in our industry
 * @param matchesScale the client's volume (or seats) is within our tolerance of ours
 */
public record VendorClient(
        long id,
        long vendorId,
        String clientName,
        String industry,
        Integer seats,
        Integer contactsPerMonth,
        LocalDate ndaSignedOn,
        String notes,
        Instant createdAt,
        boolean matchesIndustry,
        boolean matchesScale) {

    /** Both industry and scale match: a reference worth calling. */
    public boolean matchesOurProfile() {
        return matchesIndustry && matchesScale;
    }
}
