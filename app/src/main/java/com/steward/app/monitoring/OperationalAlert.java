package com.steward.app.monitoring;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something in the data's plumbing that needs a person, not a statistical signal: a drop-folder run that failed or
 * rejected too many rows, a source that has not delivered on schedule. Shown in the monitoring inbox to the client's
 * staff (never to a vendor).
 *
 * @param origin what raised it, e.g. {@code drop folder partner-acd}
 * @param kind {@code IMPORT_FAILED}, {@code REJECTS_ABOVE_THRESHOLD}, {@code STALE} or {@code FOLDER_MISSING}
 * @param link where to look: the import's report, or the drop folder's page
 * @param notification what happened to the e-mail
 */
public record OperationalAlert(
        long id,
        String origin,
        String kind,
        String message,
        String link,
        AlertStatus status,
        @Nullable String notification,
        Instant raisedAt,
        @Nullable String acknowledgedBy,
        @Nullable Instant acknowledgedAt,
        @Nullable String resolvedBy,
        @Nullable Instant resolvedAt,
        @Nullable String note) {}
