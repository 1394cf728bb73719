package com.steward.app.ingest;

import java.time.Instant;

/**
 * One import as recorded in the operational database.
 *
 * @param sha256 hex SHA-256 of the file's bytes ({@code null} until known)
 * @param lakeImportId the {@code import_id} written into the stored rows
 * @param message why the file failed or was rejected, for people
 */
public record DataImport(
        long id,
        String dataset,
        String fileName,
        String sha256,
        String mappingName,
        String source,
        String policy,
        ImportStatus status,
        long rowsRead,
        long rowsAccepted,
        long rowsRejected,
        String lakeImportId,
        Long lakeGeneration,
        String message,
        String importedBy,
        Instant startedAt,
        Instant finishedAt) {

    public boolean finished() {
        return status != ImportStatus.RUNNING;
    }
}
