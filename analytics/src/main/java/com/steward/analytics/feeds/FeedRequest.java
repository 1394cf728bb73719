package com.steward.analytics.feeds;

import com.steward.analytics.ingest.ImportPolicy;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One feed file to import.
 *
 * @param file a CSV file with a header line (delimiter detected; extra columns are ignored)
 * @param source the source system of the interactions the rows belong to (with {@code interaction_id}, the join
 *     key); the lake's interactions of other sources are never matched
 * @param policy {@code REJECT_FILE} stores nothing if any row is invalid; {@code ACCEPT_GOOD} stores the valid rows
 * @param unknown what to do with a row whose interaction is not in the lake under {@code source}
 * @param zone the zone of timestamps written without an offset (UTC by default)
 * @param rejectsCsv where to write every rejected row as CSV, or {@code null}
 */
public record FeedRequest(
        Path file,
        String source,
        ImportPolicy policy,
        UnknownInteractions unknown,
        @Nullable ZoneId zone,
        @Nullable Path rejectsCsv) {

    public FeedRequest {
        Objects.requireNonNull(file, "file");
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("a feed needs the source of its interactions");
        }
        source = source.strip();
        policy = policy == null ? ImportPolicy.REJECT_FILE : policy;
        unknown = unknown == null ? UnknownInteractions.REJECT : unknown;
        zone = zone == null ? ZoneId.of("UTC") : zone;
    }

    /** A request with UTC timestamps and no rejects file. */
    public static FeedRequest of(Path file, String source, ImportPolicy policy, UnknownInteractions unknown) {
        return new FeedRequest(file, source, policy, unknown, null, null);
    }
}
