package com.steward.app.vendors;

import java.time.Instant;

/**
 * An uploaded document's metadata; the bytes live in a file under the data directory.
 *
 * @param sharedWithVendor whether the vendor's own users see it (always true for their uploads)
 */
public record VendorDocument(
        long id,
        long vendorId,
        String fileName,
        String extension,
        long sizeBytes,
        String sha256,
        String description,
        boolean sharedWithVendor,
        String uploadedBy,
        Instant uploadedAt) {

    public String contentType() {
        return DocumentType.fromExtension(extension).contentType();
    }
}
