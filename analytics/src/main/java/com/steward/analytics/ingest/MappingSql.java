package com.steward.analytics.ingest;

import com.steward.analytics.lake.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A column mapping as DuckDB SQL: source columns resolved, raw text and typed canonical columns, expressions and
 * the row filter with the columns saying where they failed, and DuckDB's own error for a failed row. */
final class MappingSql {
    private MappingSql() {}

    static boolean isIdentity(ColumnMapping mapping) {
        return mapping.columns().isEmpty()
                && mapping.dateTimeColumns().isEmpty()
                && mapping.constants().isEmpty()
                && mapping.valueCodes().isEmpty()
                && mapping.expressions().isEmpty()
                && mapping.filter() == null
                && mapping.timestampFormat() == null;
    }

    /** The type the CSV reader parses a canonical column as on the typed path. */
    static String csvType(CanonicalColumn column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case NUMBER, INTEGER, DURATION -> "DOUBLE";
            case TIMESTAMP -> "TIMESTAMPTZ";
            default -> "VARCHAR";
        };
    }

    static boolean typedByReader(CanonicalColumn column, boolean fast) {
        return fast && !csvType(column).equals("VARCHAR");
    }

    /** canonical column → source column expression (quoted identifier), failing on a missing mapped column. */
    static Map<String, String> resolveColumns(
            List<String> present, String fileName, ColumnMapping mapping, List<CanonicalColumn> canonical) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (CanonicalColumn column : canonical) {
            String name = column.name();
            if (mapping.constants().containsKey(name) || mapping.expressions().containsKey(name)) {
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
                                        + columnList(present),
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

    static String rawExpression(
            ColumnMapping mapping, CanonicalColumn column, Map<String, String> sources, boolean fast) {
        String name = column.name();
        String expression;
        if (typedByReader(column, fast)) {
            return sources.containsKey(name) ? sources.get(name) : "CAST(NULL AS " + csvType(column) + ")";
        }
        if (mapping.constants().containsKey(name)) {
            expression = Sql.literal(mapping.constants().get(name));
        } else if (mapping.expressions().containsKey(name)) {
            // The row's value, or NULL where the expression fails (err$<column> then explains the row).
            expression = "CASE WHEN __keep THEN CAST(try("
                    + embedded(mapping.expressions().get(name)) + ") AS VARCHAR) END";
        } else if (!sources.containsKey(name)) {
            expression = "CAST(NULL AS VARCHAR)";
        } else if (mapping.dateTimeColumns().containsKey(name)) {
            String[] parts = sources.get(name).split(",");
            expression = "(NULLIF(trim(CAST(" + parts[0] + " AS VARCHAR)), '') || ' ' || NULLIF(trim(CAST(" + parts[1]
                    + " AS VARCHAR)), ''))";
        } else {
            String source = sources.get(name);
            // trim() only changes a value starting or ending with a space; testing for that first is cheaper
            // than trimming every value (trim copies it).
            expression = fast
                    ? "CASE WHEN " + source + " LIKE ' %' OR " + source + " LIKE '% ' OR " + source
                            + " = '' THEN NULLIF(trim(" + source + "), '') ELSE " + source + " END"
                    : "NULLIF(trim(CAST(" + source + " AS VARCHAR)), '')";
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

    static String typedExpression(ColumnMapping mapping, CanonicalColumn column, boolean fast) {
        String r = Sql.identifier("raw$" + column.name());
        if (typedByReader(column, fast)) {
            return switch (column.type()) {
                case BOOLEAN, TIMESTAMP -> r;
                case INTEGER -> "CASE WHEN " + r + " = round(" + r + ") THEN TRY_CAST(" + r + " AS INTEGER) END";
                default -> "CASE WHEN isfinite(" + r + ") THEN " + r + " END";
            };
        }
        return switch (column.type()) {
            case TEXT -> r;
            case LOWER_TEXT -> "lower(" + r + ")";
            // The canonical spellings first: lower() only runs for other values.
            case BOOLEAN ->
                "CASE " + r + " WHEN 'true' THEN TRUE WHEN 'false' THEN FALSE ELSE CASE WHEN lower(" + r
                        + ") IN ('true', 't', '1', 'yes', 'y') THEN TRUE WHEN lower(" + r
                        + ") IN ('false', 'f', '0', 'no', 'n') THEN FALSE END END";
            case TIMESTAMP ->
                mapping.timestampFormat() == null || mapping.expressions().containsKey(column.name())
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

    /** The mapping as SQL over {@code relation}: {@code raw$<column>} text and typed {@code <column>}. */
    static String mappedAndTyped(
            String relation,
            String lineExpression,
            ColumnMapping mapping,
            List<CanonicalColumn> canonical,
            Map<String, String> sources,
            boolean fast,
            Map<String, RowExpression> expressions) {
        StringBuilder raw = new StringBuilder("SELECT ").append(lineExpression).append(" AS __line, __keep");
        for (CanonicalColumn column : canonical) {
            raw.append(", ")
                    .append(
                            sources == null
                                    ? Sql.identifier("raw$" + column.name())
                                    : rawExpression(mapping, column, sources, fast))
                    .append(" AS ")
                    .append(Sql.identifier("raw$" + column.name()));
        }
        for (String error : errorColumns(mapping)) {
            String column = error.substring(4);
            raw.append(", ")
                    .append(
                            sources == null || column.equals("filter")
                                    ? Sql.identifier(error)
                                    : failure(
                                            "CAST("
                                                    + embedded(mapping.expressions()
                                                            .get(column)) + " AS VARCHAR)",
                                            expressions.get(column)))
                    .append(" AS ")
                    .append(Sql.identifier(error));
        }
        StringBuilder typed = new StringBuilder("SELECT *");
        for (CanonicalColumn column : canonical) {
            typed.append(", ")
                    .append(typedExpression(mapping, column, fast))
                    .append(" AS ")
                    .append(Sql.identifier(column.name()));
        }
        return typed + " FROM (" + raw + " FROM " + relation + ") mapped_source";
    }

    /** The columns ({@code err$<canonical>}, {@code err$filter}) saying where a mapping's expression failed. */
    static List<String> errorColumns(ColumnMapping mapping) {
        List<String> columns = new ArrayList<>();
        mapping.expressions().keySet().forEach(c -> columns.add("err$" + c));
        if (mapping.filter() != null) {
            columns.add("err$filter");
        }
        return columns;
    }

    /**
     * SQL that is NULL where {@code value} evaluates (to a value or to NULL) and, on a kept row where it fails (a
     * cast, a bad time), the row's values of the columns it reads as JSON. {@code try(x IS NULL)} is NULL exactly
     * when evaluating {@code x} fails, since {@code IS NULL} itself is never NULL; it is only evaluated for the rows
     * where {@code try(x)} gave NULL.
     */
    static String failure(String value, RowExpression expression) {
        String values = expression.columns().isEmpty()
                ? "'{}'"
                : "CAST(to_json({"
                        + String.join(
                                ", ",
                                expression.columns().stream()
                                        .map(c -> Sql.literal(c) + ": " + Sql.identifier(c))
                                        .toList())
                        + "}) AS VARCHAR)";
        return "CASE WHEN __keep THEN CASE WHEN try(" + value + ") IS NULL THEN CASE WHEN try(" + value
                + " IS NULL) IS NULL THEN " + values + " END END END";
    }

    /**
     * {@code relation} plus {@code __keep} (the row meets the mapping's filter, or the filter failed on it, which
     * rejects it) and {@code err$filter}; every row is kept when there is no filter.
     */
    static String filteredRelation(String relation, ColumnMapping mapping, Map<String, RowExpression> expressions) {
        if (mapping.filter() == null) {
            return "(SELECT *, TRUE AS __keep FROM " + relation + ") keep_source";
        }
        String condition = "CAST(" + embedded(mapping.filter()) + " AS BOOLEAN)";
        String failed = failure(condition, expressions.get("filter")).replace("__keep", "TRUE");
        return "(SELECT *, __fv IS TRUE OR \"err$filter\" IS NOT NULL AS __keep FROM (SELECT *, CASE WHEN __fv IS NULL"
                + " THEN " + failed + " END AS \"err$filter\" FROM (SELECT *, try(" + condition + ") AS __fv FROM "
                + relation + ") filter_value) filter_failure) keep_source";
    }

    /** A mapping's expression inside generated SQL: on lines of its own, in parentheses. */
    static String embedded(String sql) {
        return "(\n" + sql + "\n)";
    }

    /** A file's header for a "missing column" message: the first 30 names, then how many more. */
    static String columnList(List<String> header) {
        return header.stream().limit(30).toList()
                + (header.size() > 30 ? " and " + (header.size() - 30) + " more" : "");
    }

    /**
     * The mapping's expressions (and filter, under {@code "filter"}) checked again ({@link RowExpression}) and
     * every column they read looked up in the file's header; a refused expression or a missing column is a file
     * error naming it.
     */
    static Map<String, RowExpression> expressions(ColumnMapping mapping, List<String> header, String fileName) {
        Map<String, String> all = new LinkedHashMap<>(mapping.expressions());
        if (mapping.filter() != null) {
            all.put("filter", mapping.filter());
        }
        Map<String, RowExpression> parsed = new LinkedHashMap<>();
        all.forEach((column, sql) -> {
            String key = column.equals("filter") ? "filter" : "expr." + column;
            RowExpression expression;
            try {
                expression = RowExpression.parse(sql);
            } catch (IllegalArgumentException e) {
                throw new ImportException(
                        fileName, 0, key, "the mapping's " + key + " is refused: " + e.getMessage(), null);
            }
            for (String name : expression.columns()) {
                if (header.stream().noneMatch(h -> h.equalsIgnoreCase(name))) {
                    throw new ImportException(
                            fileName,
                            1,
                            name,
                            "missing column '" + name + "' (read by the mapping's " + key + "); the file's columns are "
                                    + columnList(header),
                            null);
                }
            }
            parsed.put(column, expression);
        });
        return parsed;
    }

    /**
     * Replaces the generic reason of up to {@value #EXPLAINED_FAILURES} expression failures by DuckDB's own error
     * for that row: the expression is evaluated again on the row's values (CSV text), outside {@code try}.
     */
    static List<RejectedRow> explainExpressionFailures(
            Connection connection, List<RejectedRow> rejects, ColumnMapping mapping) {
        if (mapping.expressions().isEmpty() && mapping.filter() == null) {
            return rejects;
        }
        List<RejectedRow> explained = new ArrayList<>(rejects.size());
        int budget = EXPLAINED_FAILURES;
        for (RejectedRow row : rejects) {
            String sql = row.column().equals("filter")
                    ? "CAST(" + embedded(String.valueOf(mapping.filter())) + " AS BOOLEAN)"
                    : mapping.expressions().containsKey(row.column())
                            ? "CAST(" + embedded(mapping.expressions().get(row.column())) + " AS VARCHAR)"
                            : null;
            if (sql == null || budget == 0 || !row.reason().startsWith(FAILED) || row.value() == null) {
                explained.add(row);
                continue;
            }
            budget--;
            String error = errorOn(connection, sql, row.value());
            explained.add(
                    error == null
                            ? row
                            : new RejectedRow(
                                    row.file(),
                                    row.line(),
                                    row.column(),
                                    row.value(),
                                    "the " + (row.column().equals("filter") ? "filter" : "expression") + " failed: "
                                            + error));
        }
        return explained;
    }

    static final int EXPLAINED_FAILURES = 100;

    static final String FAILED = "the expression failed";

    /** DuckDB's error evaluating {@code sql} over one row whose text values are the JSON object {@code values}. */
    static String errorOn(Connection connection, String sql, String values) {
        Object parsed;
        try {
            parsed = Json.parse(values);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!(parsed instanceof Map<?, ?> map)
                || map.values().stream().anyMatch(v -> v != null && !(v instanceof String))) {
            return null;
        }
        StringBuilder row = new StringBuilder("SELECT 1 AS __one");
        map.forEach((k, v) -> row.append(", ")
                .append(v == null ? "CAST(NULL AS VARCHAR)" : Sql.literal((String) v))
                .append(" AS ")
                .append(Sql.identifier(String.valueOf(k))));
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + sql + " FROM (" + row + ") one_row")) {
            rs.next();
            return null;
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return message.length() > 300 ? message.substring(0, 300) + "…" : message;
        }
    }

    /**
     * The typed {@code read_csv} of a canonical CSV ({@link ImportFiles#canonicalHeader}): every column read with its
     * canonical type, no sniffing; {@code sources} receives each column's identifier.
     */
    static String typedCsvRelation(
            Path file,
            ImportFiles.Header header,
            char delimiter,
            List<CanonicalColumn> canonical,
            Map<String, String> sources) {
        StringBuilder types = new StringBuilder("{");
        for (String column : header.columns()) {
            String type = canonical.stream()
                    .filter(c -> c.name().equals(column))
                    .findFirst()
                    .map(MappingSql::csvType)
                    .orElse("VARCHAR");
            types.append(types.length() > 1 ? ", " : "")
                    .append(Sql.literal(column))
                    .append(": ")
                    .append(Sql.literal(type));
            sources.put(column, Sql.identifier(column));
        }
        return "read_csv(" + Sql.literal(file.toAbsolutePath().toString())
                + ", header = true, auto_detect = false, delim = " + Sql.literal(String.valueOf(delimiter))
                + ", quote = '\"', escape = '\"', compression = " + (header.gzip() ? "'gzip'" : "'none'")
                + ", columns = " + types + "})";
    }
}
