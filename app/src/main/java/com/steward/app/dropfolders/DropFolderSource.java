package com.steward.app.dropfolders;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A configured drop folder and what its last run found.
 *
 * @param folder the absolute folder, inside {@code steward.drop-folders.root}
 * @param pattern a glob over file names, e.g. {@code *.csv}
 * @param mappingName a saved mapping, or {@code null} for the canonical columns
 * @param schedule a Spring cron expression (six fields, seconds first)
 * @param staleAfterDays no new file for this many days raises an alert
 * @param alertKind {@code FOLDER_MISSING}, {@code IMPORT_FAILED}, {@code STALE}, or {@code null} when all is well
 */
public record DropFolderSource(
        long id,
        String name,
        String folder,
        String pattern,
        @Nullable String mappingName,
        String dataset,
        String policy,
        String schedule,
        int staleAfterDays,
        boolean enabled,
        Instant createdAt,
        @Nullable Instant lastRunAt,
        @Nullable String lastResult,
        @Nullable Instant lastFileAt,
        @Nullable String alertKind,
        @Nullable String alertMessage,
        @Nullable Instant alertRaisedAt) {}
