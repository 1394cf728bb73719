package com.steward.analytics.feeds;

import com.steward.analytics.ingest.ImportException;
import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportRecord;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.RejectedRow;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.UUID;

/**
 * Imports a survey or QA feed file into its lake dataset: one read of the CSV into DuckDB (every value as text),
 * every rule evaluated in bulk SQL, the rejects explained with line, column, value and reason, then one atomic
 * {@link Lake#upsert} keyed by the dataset's key, so re-importing a file (or a corrected one) replaces its rows and
 * never double counts. Interactions are a separate dataset: re-importing them keeps the feeds' rows.
 *
 * <p>Rules: required values; {@code interaction_id}, {@code evaluator} and {@code form} at most 256 characters;
 * {@code csat} a whole number 1–5, {@code nps} 0–10, at least one of them per response; {@code score} a number
 * 0–100 with at most three decimals (the lake keeps scores to a thousandth of a point); timestamps valid, in the
 * years 1990–2100 (without an offset they are read in the request's zone); no key twice in one file (the first
 * wins, later ones are rejected as duplicates); the interaction must be in the lake under the import's source — a
 * row naming an interaction that exists only under another source is rejected, one whose interaction is nowhere
 * is handled by {@link UnknownInteractions}. A line is the CSV record's: header = line 1, first record = line 2.
 */
public final class FeedImporter {
    /** How many rejection reasons a report carries (the rejects CSV has every one). */
    public static final int MAX_REPORTED_REJECTS = 1_000;

    private static final int MAX_TEXT = 256;
    private static final int MAX_VALUE = 200;
    private static final int UNKNOWN_EXAMPLES = 5;
    private static final DateTimeFormatter UTC_TEXT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

    private final Lake lake;

    public FeedImporter(Lake lake) {
        this.lake = lake;
    }

    public FeedReport importSurveys(FeedRequest request) {
        return run(Feed.SURVEYS, request);
    }

    public FeedReport importQa(FeedRequest request) {
        return run(Feed.QA, request);
    }

    /** Imports {@code request}'s file as {@code feed}. */
    public FeedReport run(Feed feed, FeedRequest request) {
        Path file = request.file();
        String fileName = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ImportException(fileName, 0, null, "no such file", null);
        }
        String sha256 = sha256(file);
        String importId = UUID.randomUUID().toString();
        Instant importedAt = Instant.now();
        try (Connection connection = DuckDb.open(request.zone())) {
            Map<String, String> header = readFile(connection, file, fileName);
            checkHeader(feed, header, fileName);
            long rows = DuckDb.queryLong(connection, "SELECT count(*) FROM raw");
            DuckDb.execute(connection, typed(feed, header));
            DuckDb.execute(connection, "CREATE TEMP TABLE rejects AS " + checks(feed));
            Unknown unknown = checkInteractions(connection, feed, request);
            long rejected = DuckDb.queryLong(connection, "SELECT count(DISTINCT line) FROM rejects");
            long accepted = rows - rejected;
            boolean commit = accepted > 0 && (rejected == 0 || request.policy() == ImportPolicy.ACCEPT_GOOD);
            long generation;
            if (commit) {
                DuckDb.execute(connection, incoming(feed, request.source(), importId, importedAt));
                generation = lake.upsert(connection, feed.dataset(), "incoming").generation();
            } else {
                generation = lake.snapshot().generation();
            }
            ImportRecord record = new ImportRecord(
                    fileName, sha256, feed.key(), request.source(), importId, importedAt, accepted, rejected, commit);
            List<RejectedRow> all = rejects(connection, fileName, request.rejectsCsv() == null);
            if (request.rejectsCsv() != null && !all.isEmpty()) {
                try (Writer out = Files.newBufferedWriter(request.rejectsCsv(), StandardCharsets.UTF_8)) {
                    new ImportReport(record, rows, all, generation).writeRejectsCsv(out);
                }
            }
            ImportReport report = new ImportReport(
                    record, rows, all.subList(0, Math.min(all.size(), MAX_REPORTED_REJECTS)), generation);
            return new FeedReport(report, unknown.count(), request.unknown(), unknown.examples());
        } catch (SQLException e) {
            throw new ImportException(fileName, 0, null, "the feed cannot be imported: " + firstLine(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the CSV into {@code raw} (every value as text) and returns its header: lower-case name → name. */
    private static Map<String, String> readFile(Connection connection, Path file, String fileName) {
        try {
            if (Files.size(file) == 0) {
                throw new ImportException(fileName, 1, null, "the file is empty (expected a header line)", null);
            }
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE raw AS SELECT * FROM read_csv(" + Sql.literal(file.toString())
                            + ", header = true, all_varchar = true)");
            Map<String, String> header = new LinkedHashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT * FROM raw LIMIT 0")) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    header.putIfAbsent(meta.getColumnLabel(c).strip().toLowerCase(Locale.ROOT), meta.getColumnLabel(c));
                }
            }
            return header;
        } catch (SQLException e) {
            throw new ImportException(fileName, 0, null, "not a readable CSV file: " + firstLine(e), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void checkHeader(Feed feed, Map<String, String> header, String fileName) {
        for (Feed.Column column : feed.columns()) {
            if (column.required() && !header.containsKey(column.name())) {
                throw new ImportException(
                        fileName,
                        1,
                        column.name(),
                        "missing column '" + column.name() + "'; the header has: " + String.join(", ", header.values()),
                        null);
            }
        }
        if (feed == Feed.SURVEYS && !header.containsKey("csat") && !header.containsKey("nps")) {
            throw new ImportException(
                    fileName,
                    1,
                    "csat",
                    "a survey feed needs a csat and/or an nps column; the header has: "
                            + String.join(", ", header.values()),
                    null);
        }
    }

    /** {@code typed}: the line, each column's raw text ({@code raw_<name>}) and its typed value. */
    private static String typed(Feed feed, Map<String, String> header) {
        StringJoiner select =
                new StringJoiner(", ", "CREATE TEMP TABLE typed AS SELECT rowid + 2 AS line, ", " FROM raw");
        for (Feed.Column column : feed.columns()) {
            String raw = header.containsKey(column.name())
                    ? Sql.identifier(header.get(column.name()))
                    : "CAST(NULL AS VARCHAR)";
            String text = "NULLIF(trim(" + raw + "), '')";
            String value = switch (column.kind()) {
                case TEXT -> text;
                // DuckDB's cast of '4.5' to INTEGER rounds it to 5: read a number, keep it only if it is whole.
                case INTEGER -> {
                    String number = "TRY_CAST(" + text + " AS DOUBLE)";
                    yield "CASE WHEN " + number + " = floor(" + number + ") AND abs(" + number + ") < 1e9 THEN CAST("
                            + number + " AS INTEGER) END";
                }
                case SCORE -> "TRY_CAST(" + text + " AS DOUBLE)";
                case TIMESTAMP -> "TRY_CAST(" + text + " AS TIMESTAMPTZ)";
            };
            select.add(raw + " AS " + Sql.identifier("raw_" + column.name()));
            select.add(value + " AS " + Sql.identifier(column.name()));
        }
        return select.toString();
    }

    /** One row (line, col, value, reason) per broken rule. */
    private static String checks(Feed feed) {
        List<String> parts = new ArrayList<>();
        for (Feed.Column column : feed.columns()) {
            String name = Sql.identifier(column.name());
            String raw = Sql.identifier("raw_" + column.name());
            String blank = "NULLIF(trim(" + raw + "), '') IS NULL";
            if (column.required()) {
                parts.add(reject(column.name(), raw, "required value missing", blank));
            }
            if (column.kind() != Feed.Kind.TEXT) {
                // a value was given but did not parse as the column's kind
                parts.add(reject(
                        column.name(),
                        raw,
                        "not a " + column.kind().description,
                        "NOT " + blank + " AND " + name + " IS NULL"));
            }
            switch (column.kind()) {
                case TEXT ->
                    parts.add(reject(
                            column.name(),
                            raw,
                            "longer than " + MAX_TEXT + " characters",
                            "length(" + name + ") > " + MAX_TEXT));
                case INTEGER, SCORE -> {
                    parts.add(reject(
                            column.name(),
                            raw,
                            Objects.requireNonNull(column.outOfRange(), "a ranged column names its range"),
                            name + " < " + column.min() + " OR " + name + " > " + column.max()));
                    if (column.kind() == Feed.Kind.SCORE) {
                        parts.add(reject(
                                column.name(),
                                raw,
                                "more than three decimals (scores are kept to a thousandth of a point)",
                                "round(" + name + ", 3) <> " + name));
                    }
                }
                case TIMESTAMP -> {
                    parts.add(reject(
                            column.name(),
                            raw,
                            "outside the years 1990–2100",
                            name + " < CAST('1990-01-01 00:00:00+00' AS TIMESTAMPTZ) OR " + name
                                    + " >= CAST('2100-01-01 00:00:00+00' AS TIMESTAMPTZ)"));
                }
            }
        }
        if (feed == Feed.SURVEYS) {
            parts.add(reject(
                    "csat",
                    "CAST(NULL AS VARCHAR)",
                    "a response needs csat and/or nps",
                    "NULLIF(trim(raw_csat), '') IS NULL AND NULLIF(trim(raw_nps), '') IS NULL"));
        }
        List<String> key = feed.fileKey().stream().map(Sql::identifier).toList();
        String keyKnown =
                String.join(" AND ", key.stream().map(k -> k + " IS NOT NULL").toList());
        parts.add("SELECT line, 'interaction_id' AS col, left(raw_interaction_id, " + MAX_VALUE
                + ") AS value, 'duplicate of line ' || first_line || ' in this file' AS reason FROM (SELECT line,"
                + " raw_interaction_id, MIN(line) OVER (PARTITION BY " + String.join(", ", key)
                + ") AS first_line FROM typed WHERE " + keyKnown + ") WHERE line > first_line");
        return String.join(" UNION ALL ", parts);
    }

    private static String reject(String column, String raw, String reason, String condition) {
        return "SELECT line, " + Sql.literal(column) + " AS col, left(" + raw + ", " + MAX_VALUE + ") AS value, "
                + Sql.literal(reason) + " AS reason FROM typed WHERE " + condition;
    }

    private record Unknown(long count, List<String> examples) {}

    /**
     * Matches the file's interaction ids against the lake's interactions: a row whose interaction exists only under
     * another source is rejected; one whose interaction is nowhere is rejected or kept by the request's policy.
     */
    private Unknown checkInteractions(Connection connection, Feed feed, FeedRequest request) throws SQLException {
        String source = Sql.literal(request.source());
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE matched AS SELECT t.interaction_id, bool_or(l.source = " + source
                        + ") AS here, min(CASE WHEN l.source <> " + source + " THEN l.source END) AS other FROM"
                        + " (SELECT DISTINCT interaction_id FROM typed WHERE interaction_id IS NOT NULL) t LEFT JOIN"
                        + " (SELECT source, interaction_id FROM "
                        + lake.snapshot().duckDbRelation(LakeDataset.INTERACTIONS)
                        + ") l ON l.interaction_id = t.interaction_id GROUP BY t.interaction_id");
        DuckDb.execute(
                connection,
                "INSERT INTO rejects SELECT t.line, 'interaction_id', left(t.raw_interaction_id, " + MAX_VALUE
                        + "), 'interaction ''' || t.interaction_id || ''' is from source ''' || m.other || ''', not '''"
                        + " || " + source
                        + " || '''' FROM typed t JOIN matched m ON m.interaction_id = t.interaction_id"
                        + " WHERE m.here IS NOT TRUE AND m.other IS NOT NULL");
        String unknownRows = "FROM typed t JOIN matched m ON m.interaction_id = t.interaction_id"
                + " WHERE m.here IS NULL AND m.other IS NULL";
        long count = DuckDb.queryLong(connection, "SELECT count(*) " + unknownRows);
        List<String> examples = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT t.interaction_id " + unknownRows + " ORDER BY t.line LIMIT " + UNKNOWN_EXAMPLES)) {
            while (rs.next()) {
                examples.add(rs.getString(1));
            }
        }
        if (request.unknown() == UnknownInteractions.REJECT) {
            DuckDb.execute(
                    connection,
                    "INSERT INTO rejects SELECT t.line, 'interaction_id', left(t.raw_interaction_id, " + MAX_VALUE
                            + "), 'no interaction ''' || t.interaction_id || ''' from source ''' || " + source
                            + " || ''' in the lake (policy reject; use keep if the interactions arrive later)' "
                            + unknownRows);
        }
        return new Unknown(count, examples);
    }

    /** {@code incoming}: the valid rows in the dataset's schema. */
    private static String incoming(Feed feed, String source, String importId, Instant importedAt) {
        StringJoiner select = new StringJoiner(", ", "CREATE TEMP TABLE incoming AS SELECT ", "");
        for (String column : feed.dataset().columns()) {
            String value = switch (column) {
                case "source" -> Sql.literal(source);
                case "import_id" -> Sql.literal(importId);
                case "ingested_at" -> "CAST('" + UTC_TEXT.format(importedAt) + "+00' AS TIMESTAMPTZ)";
                case "month" -> "strftime(timezone('UTC', " + Sql.identifier(feed.timeColumn()) + "), '%Y-%m')";
                default -> Sql.identifier(column);
            };
            select.add(value + " AS " + Sql.identifier(column));
        }
        return select + " FROM typed WHERE line NOT IN (SELECT line FROM rejects)";
    }

    private static List<RejectedRow> rejects(Connection connection, String fileName, boolean firstOnly)
            throws SQLException {
        List<RejectedRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT line, col, value, reason FROM rejects ORDER BY line, col"
                        + (firstOnly ? " LIMIT " + MAX_REPORTED_REJECTS : ""))) {
            while (rs.next()) {
                rows.add(new RejectedRow(fileName, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return message.strip().lines().findFirst().orElse(message);
    }
}
