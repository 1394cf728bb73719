package com.steward.app.dropfolders;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

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
        @Nullable String sha256,
        long sizeBytes,
        Instant modifiedAt,
        String status,
        @Nullable Long importId,
        @Nullable String message,
        Instant seenAt,
        @Nullable Instant finishedAt) {}
