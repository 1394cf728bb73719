package com.steward.analytics.ingest;

import java.time.Instant;

/**
 * What the app stores about one import.
 *
 * @param fileName the imported file's name
 * @param sha256 hex SHA-256 of the file's bytes as given (compressed bytes for gzip)
 * @param mappingName the column mapping used
 * @param source the source system the rows were keyed under
 * @param importId the id written into every stored row's {@code import_id}
 * @param importedAt when the import finished
 * @param rowsAccepted valid rows (stored unless the policy rejected the file)
 * @param rowsRejected invalid rows
 * @param committed whether the rows were published to the lake
 */
public record ImportRecord(
        String fileName,
        String sha256,
        String mappingName,
        String source,
        String importId,
        Instant importedAt,
        long rowsAccepted,
        long rowsRejected,
        boolean committed) {}
