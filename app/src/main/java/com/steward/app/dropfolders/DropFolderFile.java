package com.steward.app.dropfolders;

import java.time.Instant;

/**
 * One file a source has seen: its ledger row.
 *
 * @param status {@code WAITING} (seen, not yet stable), {@code IMPORTED}, {@code REJECTED}, {@code FAILED} or
 *     {@code DUPLICATE} (same content as a file already taken)
 * @param importId the import record ({@code /govern/imports/{id}}), when the file was imported
 */
public record DropFolderFile(
        long id,
        long sourceId,
        String fileName,
        String sha256,
        long sizeBytes,
        Instant modifiedAt,
        String status,
        Long importId,
        String message,
        Instant seenAt,
        Instant finishedAt) {}
