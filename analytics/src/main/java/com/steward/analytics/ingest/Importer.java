package com.steward.analytics.ingest;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

/**
 * Imports interaction and customer-event files into the lake.
 *
 * <p>The bulk work runs in DuckDB: the file is read with every column as text, mapped and typed with
 * {@code TRY_CAST}, and each validation rule is a SQL predicate producing reject rows (line, column, value,
 * reason). Valid rows are then {@linkplain Lake#upsert upserted} in one atomic commit.
 */
public final class Importer {
    /** How many reject reasons an {@link ImportReport} holds in memory. */
    public static final int MAX_REPORTED_REJECTS = 10_000;

    /** Allowed {@code channel} values. */
    public static final Set<String> CHANNELS = Set.of("voice", "chat", "email", "messaging");

    /** Allowed customer {@code event} values. */
    public static final Set<String> EVENTS = Set.of("became_customer", "churned");

    private static final Pattern VENDOR_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final int MAX_TEXT = 256;

    private final Lake lake;

    public Importer(Lake lake) {
        this.lake = lake;
    }

    /** Imports interaction records; {@link ImportRequest#knownVendors()} limits {@code handled_by}. */
    public ImportReport importInteractions(ImportRequest request) {
        for (String vendor : request.knownVendors()) {
            if (!VENDOR_CODE.matcher(vendor).matches()) {
                throw new IllegalArgumentException("vendor codes must match " + VENDOR_CODE + ": " + vendor);
            }
        }
        if (request.knownVendors().isEmpty()) {
            throw new IllegalArgumentException("knownVendors must list the vendor codes (and inhouse)");
        }
        return run(request, LakeDataset.INTERACTIONS, CanonicalColumn.INTERACTION);
    }

    /** Imports customer events ({@code became_customer}, {@code churned}) from the CRM. */
    public ImportReport importCustomerEvents(ImportRequest request) {
        return run(request, LakeDataset.CUSTOMER_EVENTS, CanonicalColumn.CUSTOMER_EVENT);
    }

    private ImportReport run(ImportRequest request, LakeDataset dataset, List<CanonicalColumn> canonical) {
        Path file = request.file();
        String fileName = file.getFileName().toString();
        long totalBytes;
        try {
            totalBytes = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, "cannot read file: " + e.getMessage(), e);
        }
        var progress = request.progress();
        CompletableFuture<String> checksum =
                CompletableFuture.supplyAsync(() -> sha256(file, totalBytes, request), Thread::startVirtualThread);
        String importId = UUID.randomUUID().toString();
        try (Connection connection = DuckDb.open(request.mapping().timeZone())) {
            progress.accept(new ImportProgress("reading", 0, 0, totalBytes));
            loadRaw(connection, file, fileName, request.mapping());
            long rowsRead = DuckDb.queryLong(connection, "SELECT count(*) FROM raw");
            progress.accept(new ImportProgress("validating", rowsRead, 0, totalBytes));
            Map<String, String> sourceColumns = resolveColumns(connection, fileName, request.mapping(), canonical);
            createTyped(connection, request.mapping(), canonical, sourceColumns);
            createRejects(connection, fileName, request, dataset, canonical);
            long structural = DuckDb.queryLong(connection, "SELECT count(*) FROM structural_rejects");
            long rejectedRows = structural
                    + DuckDb.queryLong(connection, "SELECT count(DISTINCT line) FROM rejects WHERE structural = FALSE");
            long accepted = rowsRead
                    - DuckDb.queryLong(connection, "SELECT count(DISTINCT line) FROM rejects WHERE structural = FALSE");
            List<RejectedRow> rejects = reportedRejects(connection, fileName);
            if (request.rejectsCsv() != null) {
                DuckDb.execute(
                        connection,
                        "COPY (SELECT " + Sql.literal(fileName) + " AS file, line, column_name AS column, "
                                + CsvText.neutraliseSql("value")
                                + " AS value, reason FROM rejects ORDER BY line, column_name) TO "
                                + Sql.literal(request.rejectsCsv().toString()) + " (HEADER, DELIMITER ',')");
            }
            boolean commit = accepted > 0 && (rejectedRows == 0 || request.policy() == ImportPolicy.ACCEPT_GOOD);
            String hash = join(checksum);
            Instant importedAt = Instant.now();
            long generation = lake.snapshot().generation();
            if (commit) {
                progress.accept(new ImportProgress("writing", rowsRead, totalBytes, totalBytes));
                createIncoming(connection, dataset, canonical, request.source(), importId, importedAt);
                generation = lake.upsert(connection, dataset, "incoming").generation();
            }
            progress.accept(new ImportProgress("done", rowsRead, totalBytes, totalBytes));
            ImportRecord record = new ImportRecord(
                    fileName,
                    hash,
                    request.mapping().name(),
                    request.source(),
                    importId,
                    importedAt,
                    accepted,
                    rejectedRows,
                    commit);
            return new ImportReport(record, rowsRead + structural, rejects, generation);
        } catch (SQLException e) {
            throw new ImportException(fileName, 0, null, readableDuckDbError(e), e);
        } catch (LakeException e) {
            throw new ImportException(fileName, 0, null, e.getMessage(), e);
        }
    }

    private static void loadRaw(Connection connection, Path file, String fileName, ColumnMapping mapping)
            throws SQLException {
        byte[] magic = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, "cannot read file: " + e.getMessage(), e);
        }
        String path = Sql.literal(file.toAbsolutePath().toString());
        boolean parquet = read == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1';
        if (parquet) {
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE raw AS SELECT row_number() OVER () AS __line, COLUMNS(*)::VARCHAR FROM read_parquet("
                            + path + ")");
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE structural_rejects (line BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR)");
            return;
        }
        if (read == 0) {
            throw new ImportException(fileName, 0, null, "the file is empty", null);
        }
        boolean gzip = read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
        StringBuilder options = new StringBuilder("all_varchar = true, header = true, store_rejects = true");
        options.append(", compression = ").append(gzip ? "'gzip'" : "'none'");
        if (mapping.delimiter() != null) {
            options.append(", delim = ").append(Sql.literal(String.valueOf(mapping.delimiter())));
        }
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE raw AS SELECT row_number() OVER () + 1 AS __line, * FROM read_csv(" + path + ", "
                        + options + ")");
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE structural_rejects AS SELECT line, coalesce(column_name, '#' || column_idx) AS column_name,"
                        + " left(csv_line, 200) AS value, error_type || ': ' || left(error_message, 300) AS reason"
                        + " FROM reject_errors");
    }

    /** canonical column → source column expression (quoted identifier), failing on a missing mapped column. */
    private static Map<String, String> resolveColumns(
            Connection connection, String fileName, ColumnMapping mapping, List<CanonicalColumn> canonical)
            throws SQLException {
        List<String> present = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM raw LIMIT 0")) {
            for (int i = 2; i <= rs.getMetaData().getColumnCount(); i++) {
                present.add(rs.getMetaData().getColumnName(i));
            }
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        for (CanonicalColumn column : canonical) {
            String name = column.name();
            if (mapping.constants().containsKey(name)) {
                continue;
            }
            List<String> wanted = mapping.dateTimeColumns().getOrDefault(name, List.of(mapping.sourceColumn(name)));
            List<String> found = new ArrayList<>();
            for (String want : wanted) {
                String match = present.stream()
                        .filter(p -> p.equals(want))
                        .findFirst()
                        .or(() -> present.stream()
                                .filter(p -> p.equalsIgnoreCase(want.trim()))
                                .findFirst())
                        .orElse(null);
                if (match == null) {
                    if (column.required()
                            || mapping.columns().containsKey(name)
                            || mapping.dateTimeColumns().containsKey(name)) {
                        throw new ImportException(
                                fileName,
                                1,
                                want,
                                "missing column '" + want + "' (for " + name + "); the file's columns are "
                                        + present.stream().limit(30).toList()
                                        + (present.size() > 30 ? " and " + (present.size() - 30) + " more" : ""),
                                null);
                    }
                    break;
                }
                found.add(Sql.identifier(match));
            }
            if (found.size() == wanted.size()) {
                resolved.put(name, String.join(",", found));
            }
        }
        return resolved;
    }

    private static String rawExpression(ColumnMapping mapping, CanonicalColumn column, Map<String, String> sources) {
        String name = column.name();
        String expression;
        if (mapping.constants().containsKey(name)) {
            expression = Sql.literal(mapping.constants().get(name));
        } else if (!sources.containsKey(name)) {
            expression = "CAST(NULL AS VARCHAR)";
        } else if (mapping.dateTimeColumns().containsKey(name)) {
            String[] parts = sources.get(name).split(",");
            expression = "(NULLIF(trim(" + parts[0] + "), '') || ' ' || NULLIF(trim(" + parts[1] + "), ''))";
        } else {
            expression = "NULLIF(trim(" + sources.get(name) + "), '')";
        }
        Map<String, String> codes = mapping.valueCodes().get(name);
        if (codes != null && !codes.isEmpty()) {
            StringBuilder mapped = new StringBuilder("CASE ").append(expression);
            codes.forEach((from, to) -> mapped.append(" WHEN ")
                    .append(Sql.literal(from))
                    .append(" THEN ")
                    .append(Sql.literal(to)));
            expression =
                    mapped.append(" ELSE ").append(expression).append(" END").toString();
        }
        return expression;
    }

    private static String typedExpression(ColumnMapping mapping, CanonicalColumn column) {
        String r = Sql.identifier("raw$" + column.name());
        return switch (column.type()) {
            case TEXT -> r;
            case LOWER_TEXT -> "lower(" + r + ")";
            case BOOLEAN ->
                "CASE WHEN lower(" + r + ") IN ('true', 't', '1', 'yes', 'y') THEN TRUE WHEN lower(" + r
                        + ") IN ('false', 'f', '0', 'no', 'n') THEN FALSE END";
            case TIMESTAMP ->
                mapping.timestampFormat() == null
                        ? "TRY_CAST(" + r + " AS TIMESTAMPTZ)"
                        : "TRY_CAST(try_strptime(" + r + ", " + Sql.literal(mapping.timestampFormat())
                                + ") AS TIMESTAMPTZ)";
            case INTEGER ->
                "CASE WHEN TRY_CAST(" + r + " AS DOUBLE) = round(TRY_CAST(" + r + " AS DOUBLE)) THEN TRY_CAST(TRY_CAST("
                        + r + " AS DOUBLE) AS INTEGER) END";
            case NUMBER -> "CASE WHEN isfinite(TRY_CAST(" + r + " AS DOUBLE)) THEN TRY_CAST(" + r + " AS DOUBLE) END";
            case DURATION -> {
                String parts = "string_split(" + r + ", ':')";
                yield "CASE WHEN " + r + " LIKE '%:%' THEN CASE len(" + parts + ") WHEN 3 THEN TRY_CAST(" + parts
                        + "[1] AS BIGINT) * 3600 + TRY_CAST(" + parts + "[2] AS BIGINT) * 60 + TRY_CAST(" + parts
                        + "[3] AS DOUBLE) WHEN 2 THEN TRY_CAST(" + parts + "[1] AS BIGINT) * 60 + TRY_CAST("
                        + parts + "[2] AS DOUBLE) END WHEN isfinite(TRY_CAST(" + r + " AS DOUBLE)) THEN TRY_CAST("
                        + r + " AS DOUBLE) END";
            }
        };
    }

    private static void createTyped(
            Connection connection, ColumnMapping mapping, List<CanonicalColumn> canonical, Map<String, String> sources)
            throws SQLException {
        StringBuilder raw = new StringBuilder("SELECT __line");
        for (CanonicalColumn column : canonical) {
            raw.append(", ")
                    .append(rawExpression(mapping, column, sources))
                    .append(" AS ")
                    .append(Sql.identifier("raw$" + column.name()));
        }
        StringBuilder typed = new StringBuilder("SELECT *");
        for (CanonicalColumn column : canonical) {
            typed.append(", ")
                    .append(typedExpression(mapping, column))
                    .append(" AS ")
                    .append(column.name());
        }
        DuckDb.execute(
                connection, "CREATE TEMP TABLE typed AS " + typed + " FROM (" + raw + " FROM raw) mapped_source");
    }

    private static void createRejects(
            Connection connection,
            String fileName,
            ImportRequest request,
            LakeDataset dataset,
            List<CanonicalColumn> canonical)
            throws SQLException {
        List<String> checks = new ArrayList<>();
        for (CanonicalColumn column : canonical) {
            String label = column.name();
            String name = Sql.identifier(label);
            String raw = Sql.identifier("raw$" + label);
            if (column.required()) {
                checks.add(check(label, raw, raw + " IS NULL", "'required value is missing'"));
            }
            checks.add(check(
                    label,
                    raw,
                    raw + " IS NOT NULL AND " + name + " IS NULL",
                    Sql.literal("not a valid " + column.type().description)));
            if (column.type() == CanonicalColumn.Type.TEXT || column.type() == CanonicalColumn.Type.LOWER_TEXT) {
                checks.add(check(
                        label,
                        raw,
                        "length(" + raw + ") > " + MAX_TEXT,
                        Sql.literal("longer than " + MAX_TEXT + " characters")));
            }
            if (column.hasRange()) {
                checks.add(check(
                        label,
                        raw,
                        name + " < " + column.min() + " OR " + name + " > " + column.max(),
                        Sql.literal("must be between " + format(column.min()) + " and " + format(column.max()))));
            }
            if (column.type() == CanonicalColumn.Type.TIMESTAMP) {
                checks.add(check(
                        label,
                        raw,
                        name + " < TIMESTAMPTZ '1990-01-01 00:00:00+00' OR " + name
                                + " >= TIMESTAMPTZ '2100-01-01 00:00:00+00'",
                        "'must be between 1990 and 2100'"));
            }
        }
        if (dataset == LakeDataset.INTERACTIONS) {
            checks.add(check(
                    "handled_by",
                    Sql.identifier("raw$handled_by"),
                    "handled_by NOT IN (" + inList(request.knownVendors()) + ")",
                    Sql.literal("unknown vendor code; known codes are " + new TreeSet<>(request.knownVendors()))));
            checks.add(check(
                    "channel",
                    Sql.identifier("raw$channel"),
                    "channel NOT IN (" + inList(CHANNELS) + ")",
                    Sql.literal("channel must be one of " + new TreeSet<>(CHANNELS))));
            checks.add(check(
                    "answered_at",
                    Sql.identifier("raw$answered_at"),
                    "answered_at < arrived_at",
                    "'answered before it arrived (arrived_at ' || CAST(arrived_at AS VARCHAR) || ')'"));
            checks.add(check(
                    "ended_at",
                    Sql.identifier("raw$ended_at"),
                    "ended_at < coalesce(answered_at, arrived_at)",
                    "'ended before it ' || CASE WHEN answered_at IS NULL THEN 'arrived' ELSE 'was answered' END"));
            checks.add(duplicateCheck("interaction_id", List.of("interaction_id")));
        } else {
            checks.add(check(
                    "event",
                    Sql.identifier("raw$event"),
                    "event NOT IN (" + inList(EVENTS) + ")",
                    Sql.literal("event must be one of " + new TreeSet<>(EVENTS))));
            checks.add(duplicateCheck("customer_id", List.of("customer_id", "event", "at")));
        }
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE rejects AS SELECT line, column_name, left(value, 200) AS value, reason, FALSE AS structural FROM ("
                        + String.join(" UNION ALL ", checks)
                        + ") row_checks UNION ALL SELECT line, column_name, value, reason, TRUE FROM structural_rejects");
    }

    private static String check(String column, String rawColumn, String condition, String reason) {
        return "SELECT __line AS line, " + Sql.literal(column) + " AS column_name, " + rawColumn + " AS value, "
                + reason + " AS reason FROM typed WHERE " + condition;
    }

    private static String duplicateCheck(String column, List<String> key) {
        String keys = String.join(", ", key.stream().map(Sql::identifier).toList());
        return "SELECT __line AS line, " + Sql.literal(column) + " AS column_name, " + Sql.identifier("raw$" + column)
                + " AS value, 'duplicate of line ' || CAST(first_line AS VARCHAR) || ' in this file' AS reason"
                + " FROM (SELECT *, min(__line) OVER (PARTITION BY " + keys + ") AS first_line FROM typed WHERE "
                + key.stream()
                        .map(k -> Sql.identifier(k) + " IS NOT NULL")
                        .reduce((a, b) -> a + " AND " + b)
                        .orElseThrow()
                + ") keyed WHERE __line > first_line";
    }

    private static List<RejectedRow> reportedRejects(Connection connection, String fileName) throws SQLException {
        List<RejectedRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT line, column_name, value, reason FROM rejects"
                        + " ORDER BY line, column_name LIMIT " + MAX_REPORTED_REJECTS)) {
            while (rs.next()) {
                rows.add(new RejectedRow(fileName, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }

    private static void createIncoming(
            Connection connection,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            String source,
            String importId,
            Instant importedAt)
            throws SQLException {
        String monthOf = dataset == LakeDataset.INTERACTIONS ? "arrived_at" : "\"at\"";
        StringBuilder select = new StringBuilder("SELECT ");
        for (String column : dataset.columns()) {
            boolean isCanonical = canonical.stream().anyMatch(c -> c.name().equals(column));
            String expression = switch (column) {
                case "source" -> Sql.literal(source);
                case "import_id" -> Sql.literal(importId);
                case "ingested_at" -> "CAST(" + Sql.literal(importedAt.toString()) + " AS TIMESTAMPTZ)";
                case "month" -> "strftime(timezone('UTC', " + monthOf + "), '%Y-%m')";
                default -> isCanonical ? Sql.identifier(column) : "NULL";
            };
            select.append(select.length() > 7 ? ", " : "")
                    .append(expression)
                    .append(" AS ")
                    .append(column);
        }
        DuckDb.execute(connection, "CREATE TEMP TABLE incoming (" + dataset.schema() + ")");
        DuckDb.execute(
                connection,
                "INSERT INTO incoming " + select
                        + " FROM typed t WHERE NOT EXISTS (SELECT 1 FROM rejects r WHERE r.line = t.__line AND r.structural = FALSE)");
    }

    private static String inList(Set<String> values) {
        return String.join(
                ", ", new TreeSet<>(values).stream().map(Sql::literal).toList());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String sha256(Path file, long totalBytes, ImportRequest request) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            long done = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                done += n;
                request.progress().accept(new ImportProgress("hashing", 0, done, totalBytes));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + file + ": " + e.getMessage(), e);
        }
    }

    private static String join(CompletableFuture<String> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String readableDuckDbError(SQLException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage();
        message = message.replaceFirst("^(Invalid Input Error|Conversion Error|IO Error|Binder Error): ", "");
        return "cannot read the file: " + (message.length() > 600 ? message.substring(0, 600) + "…" : message);
    }
}
