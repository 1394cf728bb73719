package com.steward.analytics.ingest;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The validation rules of an import as SQL ({@link Check}), the checked, rejects and incoming relations built from
 * them, and the duplicate-key check of staged rows. */
final class ImportChecks {
    private ImportChecks() {}

    /** The first {@code rows} kept rows of {@code checked}, their canonical values as text (NULL as null). */
    static List<List<String>> sample(Connection connection, List<CanonicalColumn> canonical, int rows)
            throws SQLException {
        List<List<String>> sample = new ArrayList<>();
        String columns = String.join(
                ", ",
                canonical.stream()
                        .map(c -> "CAST(" + Sql.identifier(c.name()) + " AS VARCHAR)")
                        .toList());
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT " + columns + " FROM checked WHERE __keep ORDER BY rowid LIMIT " + rows)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= canonical.size(); i++) {
                    row.add(rs.getString(i));
                }
                sample.add(row);
            }
        }
        return sample;
    }

    /** Above this many staged rows the duplicate-key check groups in DuckDB instead of sorting hashes in Java. */
    static final long MAX_ROWS_SORTED_IN_JAVA = 16_000_000;

    /**
     * Whether two staged rows share a key. The 63-bit key hashes are sorted in Java (a 10M-group DuckDB
     * aggregate costs ~2.5x the CPU); only when two hashes are equal are the keys themselves compared.
     */
    static boolean hasDuplicateKeys(Connection connection, String staged, LakeDataset dataset, long rows)
            throws SQLException {
        String keys = String.join(
                ", ", dataset.keyColumns().stream().map(Sql::identifier).toList());
        boolean repeatedHash;
        if (rows <= MAX_ROWS_SORTED_IN_JAVA) {
            long[] hashes = new long[(int) rows];
            int n = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT CAST(hash(" + keys + ") & 9223372036854775807 AS BIGINT) FROM " + staged)) {
                while (rs.next()) {
                    if (n == hashes.length) {
                        hashes = Arrays.copyOf(hashes, Math.max(16, n * 2));
                    }
                    hashes[n++] = rs.getLong(1);
                }
            }
            Arrays.parallelSort(hashes, 0, n);
            repeatedHash = false;
            for (int i = 1; i < n && !repeatedHash; i++) {
                repeatedHash = hashes[i] == hashes[i - 1];
            }
        } else {
            repeatedHash = DuckDb.queryLong(
                            connection,
                            "SELECT count(*) FROM (SELECT hash(" + keys + ") AS h FROM " + staged
                                    + " GROUP BY h HAVING count(*) > 1)")
                    > 0;
        }
        return repeatedHash
                && DuckDb.queryLong(
                                connection,
                                "SELECT count(*) FROM (SELECT " + keys + " FROM " + staged
                                        + " GROUP BY ALL HAVING count(*) > 1)")
                        > 0;
    }

    /**
     * The SQL condition that is TRUE when a row fails any of {@code checks}. An OR is TRUE exactly when one of its
     * terms is (NULL terms do not count), as {@code CASE WHEN} and {@code WHERE} need.
     */
    static String anyCheckFails(List<Check> checks) {
        return String.join(
                " OR ", checks.stream().map(c -> "(" + c.condition() + ")").toList());
    }

    /**
     * The single pass over the file: maps and types every column, evaluates every {@link Check} and keeps the
     * typed row plus, only for rows failing a check, their raw text (to explain the failure later). The row's
     * line is {@code rowid + lineOffset} (insertion order is preserved).
     */
    static void createChecked(
            Connection connection,
            ImportFiles.Source source,
            ColumnMapping mapping,
            Map<String, RowExpression> expressions,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            Map<String, String> sources,
            List<Check> checks)
            throws SQLException {
        String bad = anyCheckFails(checks);
        List<String> carried = new ArrayList<>();
        canonical.forEach(c -> carried.add("CAST(" + Sql.identifier("raw$" + c.name()) + " AS VARCHAR)"));
        MappingSql.errorColumns(mapping).forEach(e -> carried.add(Sql.identifier(e)));
        String rawList = String.join(", ", carried);
        StringBuilder select = new StringBuilder("SELECT ");
        for (CanonicalColumn column : canonical) {
            select.append(Sql.identifier(column.name())).append(", ");
        }
        select.append(monthExpression(dataset))
                .append(" AS month, __keep, CASE WHEN __keep AND (")
                .append(bad)
                .append(") THEN [");
        select.append(rawList).append("] END AS __raw");
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE checked AS " + select + " FROM ("
                        + MappingSql.mappedAndTyped(
                                MappingSql.filteredRelation(source.relation(), mapping, expressions),
                                "NULL",
                                mapping,
                                canonical,
                                sources,
                                false,
                                expressions)
                        + ") typed");
        if (source.lineOffset() == 2) {
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE structural_rejects AS SELECT line, coalesce(column_name, '#' || column_idx) AS column_name,"
                            + " left(csv_line, 200) AS value, error_type || ': ' || left(error_message, 300) AS reason"
                            + " FROM reject_errors");
        }
    }

    static String monthExpression(LakeDataset dataset) {
        String monthOf = dataset == LakeDataset.INTERACTIONS ? "arrived_at" : "\"at\"";
        return "strftime(timezone('UTC', " + monthOf + "), '%Y-%m')";
    }

    /** One validation rule: rows where {@code condition} is true are rejected for {@code column}. */
    record Check(String column, String rawColumn, String condition, String reason) {
        String select(String table) {
            return "SELECT __line AS line, " + Sql.literal(column) + " AS column_name, " + rawColumn + " AS value, "
                    + reason + " AS reason FROM " + table + " WHERE " + condition;
        }
    }

    /**
     * The validation rules; with {@code typedRead} (the CSV reader types the column and fails on a value it
     * cannot parse) the "not a valid ..." rule is left out where the typed value is the reader's value unchanged.
     */
    static List<Check> checks(
            ImportRequest request, LakeDataset dataset, List<CanonicalColumn> canonical, boolean typedRead) {
        List<Check> checks = new ArrayList<>();
        for (CanonicalColumn column : canonical) {
            checks.addAll(columnChecks(request, column, typedRead));
        }
        if (request.mapping().filter() != null) {
            checks.add(new Check(
                    "filter",
                    Sql.identifier("err$filter"),
                    "\"err$filter\" IS NOT NULL",
                    Sql.literal(MappingSql.FAILED + " (the filter) on this row: "
                            + request.mapping().filter())));
        }
        checks.addAll(datasetChecks(request, dataset));
        return checks;
    }

    /** The rules of one canonical column: required, expression failure, type, length, range, time span. */
    private static List<Check> columnChecks(ImportRequest request, CanonicalColumn column, boolean typedRead) {
        List<Check> checks = new ArrayList<>();
        String label = column.name();
        String name = Sql.identifier(label);
        String raw = Sql.identifier("raw$" + label);
        boolean fromExpression = request.mapping().expressions().containsKey(label);
        String error = Sql.identifier("err$" + label);
        if (column.required()) {
            checks.add(new Check(
                    label,
                    raw,
                    raw + " IS NULL" + (fromExpression ? " AND " + error + " IS NULL" : ""),
                    "'required value is missing'"));
        }
        if (fromExpression) {
            checks.add(new Check(
                    label,
                    error,
                    error + " IS NOT NULL",
                    Sql.literal(MappingSql.FAILED + " on this row: "
                            + request.mapping().expressions().get(label))));
        }
        boolean readerTyped = MappingSql.typedByReader(column, typedRead)
                && (column.type() == CanonicalColumn.Type.BOOLEAN || column.type() == CanonicalColumn.Type.TIMESTAMP);
        if (column.type() != CanonicalColumn.Type.TEXT && !readerTyped) { // text is never "invalid"
            checks.add(new Check(
                    label,
                    raw,
                    raw + " IS NOT NULL AND " + name + " IS NULL",
                    Sql.literal("not a valid " + column.type().description)));
        }
        if (column.type() == CanonicalColumn.Type.TEXT || column.type() == CanonicalColumn.Type.LOWER_TEXT) {
            // strlen (bytes, O(1)) first: only long values pay for counting characters.
            checks.add(new Check(
                    label,
                    raw,
                    "strlen(" + raw + ") > " + Importer.MAX_TEXT + " AND length(" + raw + ") > " + Importer.MAX_TEXT,
                    Sql.literal("longer than " + Importer.MAX_TEXT + " characters")));
        }
        if (column.hasRange()) {
            checks.add(new Check(
                    label,
                    raw,
                    name + " < " + format(column.min()) + " OR " + name + " > " + format(column.max()),
                    Sql.literal("must be between " + format(column.min()) + " and " + format(column.max()))));
        }
        if (column.type() == CanonicalColumn.Type.TIMESTAMP) {
            checks.add(new Check(
                    label,
                    raw,
                    name + " < TIMESTAMPTZ " + Sql.literal(CanonicalColumn.EARLIEST.toString()) + " OR " + name
                            + " >= TIMESTAMPTZ " + Sql.literal(CanonicalColumn.END_OF_TIME.toString()),
                    "'must be between 1990 and 2100'"));
        }
        return checks;
    }

    /** The rules across columns: known vendors, channels and time order of interactions; known customer events. */
    private static List<Check> datasetChecks(ImportRequest request, LakeDataset dataset) {
        List<Check> checks = new ArrayList<>();
        if (dataset == LakeDataset.INTERACTIONS) {
            checks.add(new Check(
                    "handled_by",
                    Sql.identifier("raw$handled_by"),
                    "handled_by NOT IN (" + inList(request.knownVendors()) + ")",
                    Sql.literal("unknown vendor code; known codes are " + new TreeSet<>(request.knownVendors()))));
            checks.add(new Check(
                    "channel",
                    Sql.identifier("raw$channel"),
                    "channel NOT IN (" + inList(Importer.CHANNELS) + ")",
                    Sql.literal("channel must be one of " + new TreeSet<>(Importer.CHANNELS))));
            // The order rules; their Java twin is inOrder (for DirectImport).
            checks.add(new Check(
                    "answered_at",
                    Sql.identifier("raw$answered_at"),
                    "answered_at < arrived_at",
                    "'answered before it arrived (arrived_at ' || CAST(arrived_at AS VARCHAR) || ')'"));
            checks.add(new Check(
                    "ended_at",
                    Sql.identifier("raw$ended_at"),
                    "ended_at < coalesce(answered_at, arrived_at)",
                    "'ended before it ' || CASE WHEN answered_at IS NULL THEN 'arrived' ELSE 'was answered' END"));
        } else {
            checks.add(new Check(
                    "event",
                    Sql.identifier("raw$event"),
                    "event NOT IN (" + inList(Importer.EVENTS) + ")",
                    Sql.literal("event must be one of " + new TreeSet<>(Importer.EVENTS))));
        }
        return checks;
    }

    /**
     * The order rules of {@link #checks} (answered not before arrival, ended not before the answer or, when not
     * answered, the arrival) in Java, on microseconds; {@code answered} is {@link Long#MIN_VALUE} when missing.
     */
    static boolean inOrder(long arrived, long answered, long ended) {
        boolean wasAnswered = answered != Long.MIN_VALUE;
        return (!wasAnswered || answered >= arrived) && ended >= (wasAnswered ? answered : arrived);
    }

    /**
     * Explains the rows the single pass flagged: the flagged rows alone (usually few) are re-typed from their
     * raw text and every check is evaluated on them; plus duplicate keys within the file and CSV structure errors.
     */
    static void createRejects(
            Connection connection,
            ImportFiles.Source source,
            ColumnMapping mapping,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            List<Check> checks)
            throws SQLException {
        StringBuilder unpacked = new StringBuilder("(SELECT rowid + " + source.lineOffset() + " AS __line");
        for (int i = 0; i < canonical.size(); i++) {
            unpacked.append(", __raw[")
                    .append(i + 1)
                    .append("] AS ")
                    .append(Sql.identifier("raw$" + canonical.get(i).name()));
        }
        List<String> errors = MappingSql.errorColumns(mapping);
        for (int e = 0; e < errors.size(); e++) {
            unpacked.append(", __raw[")
                    .append(canonical.size() + e + 1)
                    .append("] AS ")
                    .append(Sql.identifier(errors.get(e)));
        }
        unpacked.append(", TRUE AS __keep FROM checked WHERE __raw IS NOT NULL) flagged");
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE flagged AS SELECT * EXCLUDE (__line), __line FROM ("
                        + MappingSql.mappedAndTyped(
                                unpacked.toString(), "__line", mapping, canonical, null, false, Map.of())
                        + ")");
        List<String> parts = new ArrayList<>();
        for (Check check : checks) {
            parts.add(check.select("flagged"));
        }
        parts.add(duplicateCheck(dataset, source.lineOffset()));
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE rejects AS SELECT line, column_name, left(value, 200) AS value, reason, FALSE AS structural FROM ("
                        + String.join(" UNION ALL ", parts)
                        + ") row_checks UNION ALL SELECT line, column_name, value, reason, TRUE FROM structural_rejects");
    }

    /** Later rows repeating an earlier row's key; keys are pre-filtered by hash so only candidates are sorted. */
    static String duplicateCheck(LakeDataset dataset, int lineOffset) {
        List<String> key = dataset == LakeDataset.INTERACTIONS ? List.of("interaction_id") : dataset.keyColumns();
        String column = key.getFirst();
        String keys = String.join(", ", key.stream().map(Sql::identifier).toList());
        String present = key.stream()
                .map(k -> Sql.identifier(k) + " IS NOT NULL")
                .reduce((a, b) -> a + " AND " + b)
                .orElseThrow();
        return "SELECT line, " + Sql.literal(column) + " AS column_name, CAST(" + Sql.identifier(column)
                + " AS VARCHAR) AS value, 'duplicate of line ' || CAST(first_line AS VARCHAR) || ' in this file' AS reason"
                + " FROM (SELECT rowid + " + lineOffset + " AS line, " + keys + ", min(rowid + " + lineOffset
                + ") OVER (PARTITION BY " + keys + ") AS first_line FROM checked WHERE __keep AND " + present
                + " AND hash("
                + keys + ") IN (SELECT h FROM (SELECT hash(" + keys + ") AS h FROM checked WHERE __keep AND " + present
                + " GROUP BY 1 HAVING count(*) > 1) repeated)) keyed WHERE line > first_line";
    }

    static List<RejectedRow> reportedRejects(Connection connection, String fileName) throws SQLException {
        List<RejectedRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT line, column_name, value, reason FROM rejects"
                        + " ORDER BY line, column_name LIMIT " + Importer.MAX_REPORTED_REJECTS)) {
            while (rs.next()) {
                rows.add(new RejectedRow(fileName, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }

    /** The rows to store, as a view over {@code checked} in the dataset's schema (no copy). */
    static void createIncoming(
            Connection connection,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            Stamp stamp,
            boolean hasRejects,
            int lineOffset)
            throws SQLException {
        String select = incomingSelect(dataset, canonical, stamp);
        String where = hasRejects
                ? " WHERE __keep AND __raw IS NULL AND rowid NOT IN (SELECT line - " + lineOffset
                        + " FROM rejects WHERE NOT structural)"
                : " WHERE __keep";
        DuckDb.execute(connection, "CREATE TEMP VIEW incoming AS " + select + " FROM checked" + where);
    }

    /** {@code SELECT} of the dataset's columns from typed canonical columns plus {@code month}. */
    static String incomingSelect(LakeDataset dataset, List<CanonicalColumn> canonical, Stamp stamp) {
        StringBuilder select = new StringBuilder("SELECT ");
        String[] schema = dataset.schema().split(",");
        for (int i = 0; i < schema.length; i++) {
            String[] parts = schema[i].trim().split("\\s+");
            String column = parts[0].replace("\"", "");
            boolean isCanonical = canonical.stream().anyMatch(c -> c.name().equals(column));
            String expression = switch (column) {
                case "source" -> Sql.literal(stamp.source());
                case "import_id" -> Sql.literal(stamp.importId());
                case "ingested_at" -> Sql.literal(stamp.importedAt().toString());
                case "month" -> "month";
                default -> isCanonical ? Sql.identifier(column) : "NULL";
            };
            select.append(i == 0 ? "" : ", ")
                    .append("CAST(")
                    .append(expression)
                    .append(" AS ")
                    .append(parts[1])
                    .append(") AS ")
                    .append(Sql.identifier(column));
        }
        return select.toString();
    }

    static String inList(Set<String> values) {
        return String.join(
                ", ", new TreeSet<>(values).stream().map(Sql::literal).toList());
    }

    static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** What every stored row of one import carries: its source, the import's id and when it was imported. */
    record Stamp(String source, String importId, Instant importedAt) {}

    /** Copies the rejects (formulas neutralised) to {@code rejectsCsv}: file, line, column, value, reason. */
    static void copyRejects(Connection connection, String fileName, Path rejectsCsv) throws SQLException {
        DuckDb.execute(
                connection,
                "COPY (SELECT " + CsvText.neutraliseSql(Sql.literal(fileName)) + " AS file, line, "
                        + CsvText.neutraliseSql("column_name") + " AS column, "
                        + CsvText.neutraliseSql("value") + " AS value, " + CsvText.neutraliseSql("reason")
                        + " AS reason FROM rejects ORDER BY line, column_name) TO "
                        + Sql.literal(rejectsCsv.toString()) + " (HEADER, DELIMITER ',')");
    }

    /** How many lines of the file have at least one reject (structural rejects, counted apart, not included). */
    static long rejectedLines(Connection connection) throws SQLException {
        return DuckDb.queryLong(connection, "SELECT count(DISTINCT line) FROM rejects WHERE structural = FALSE");
    }
}
