package com.steward.analytics.ingest;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How a foreign export's columns and value codes map onto a canonical dataset; saved by name and reused.
 *
 * <p>For each canonical column the value comes from, in this order: a {@linkplain #constants constant}; a
 * {@linkplain #dateTimeColumns date column plus a time column}; a {@linkplain #columns source column}; else
 * it is missing. {@linkplain #valueCodes Value codes} then translate source values (e.g. {@code transferred}:
 * {@code XFER → true}, {@code AGENT → false}); unlisted values pass through unchanged. Durations accept
 * seconds ({@code 312}, {@code 312.5}) or {@code hh:mm:ss} / {@code mm:ss}. Timestamps without an offset are
 * read in {@link #timeZone}.
 *
 * <p>Serialised as properties text ({@link #toProperties()} / {@link #fromProperties(String)}):
 *
 * <pre>
 * name=acme-acd
 * delimiter=;
 * timeZone=Europe/Berlin
 * timestampFormat=%d/%m/%Y %H:%M:%S
 * column.interaction_id=CallID
 * datetime.arrived_at=Date,Time
 * constant.handled_by=acme
 * code.transferred.XFER=true
 * expr.answered_at=CASE WHEN "outcome" = 'AGENT' THEN "ser_start" END
 * filter="outcome" <> 'PHANTOM'
 * </pre>
 *
 * <p>An {@linkplain #expressions expression} (DuckDB SQL over the file's columns by header name, checked by
 * {@link RowExpression}) takes precedence over a date-time pair and a source column; a constant over all. A row for
 * which {@link #filter} is not true is dropped and counted as filtered. {@link MappingText} reads the text with
 * line numbers and validates it.
 *
 * @param name the mapping's name
 * @param delimiter the CSV delimiter, or {@code null} to detect it
 * @param timeZone zone for timestamps without an offset
 * @param timestampFormat a strptime pattern (e.g. {@code %d/%m/%Y %H:%M}) or {@code null} for ISO 8601
 * @param columns canonical column → source column
 * @param dateTimeColumns canonical timestamp column → [date column, time column]
 * @param constants canonical column → constant value
 * @param valueCodes canonical column → (source value → canonical value)
 * @param expressions canonical column → SQL expression over the file's columns
 * @param filter a SQL condition over the file's columns that a row must meet to be imported, or {@code null}
 */
public record ColumnMapping(
        String name,
        Character delimiter,
        ZoneId timeZone,
        String timestampFormat,
        Map<String, String> columns,
        Map<String, List<String>> dateTimeColumns,
        Map<String, String> constants,
        Map<String, Map<String, String>> valueCodes,
        Map<String, String> expressions,
        String filter) {

    public ColumnMapping(
            String name,
            Character delimiter,
            ZoneId timeZone,
            String timestampFormat,
            Map<String, String> columns,
            Map<String, List<String>> dateTimeColumns,
            Map<String, String> constants,
            Map<String, Map<String, String>> valueCodes) {
        this(name, delimiter, timeZone, timestampFormat, columns, dateTimeColumns, constants, valueCodes, null, null);
    }

    public ColumnMapping {
        Objects.requireNonNull(name, "name");
        timeZone = timeZone == null ? ZoneId.of("UTC") : timeZone;
        columns = Map.copyOf(columns == null ? Map.of() : columns);
        dateTimeColumns = Map.copyOf(dateTimeColumns == null ? Map.of() : dateTimeColumns);
        dateTimeColumns.forEach((k, v) -> {
            if (v.size() != 2) {
                throw new IllegalArgumentException("datetime." + k + " needs a date column and a time column");
            }
        });
        constants = Map.copyOf(constants == null ? Map.of() : constants);
        Map<String, Map<String, String>> codes = new TreeMap<>();
        (valueCodes == null ? Map.<String, Map<String, String>>of() : valueCodes)
                .forEach((k, v) -> codes.put(k, Map.copyOf(v)));
        valueCodes = Map.copyOf(codes);
        expressions = Collections.unmodifiableMap(new LinkedHashMap<>(expressions == null ? Map.of() : expressions));
        filter = filter == null || filter.isBlank() ? null : filter.strip();
    }

    /** This mapping under another name. */
    public ColumnMapping withName(String newName) {
        return new ColumnMapping(
                newName,
                delimiter,
                timeZone,
                timestampFormat,
                columns,
                dateTimeColumns,
                constants,
                valueCodes,
                expressions,
                filter);
    }

    /** The identity mapping: source columns carry the canonical names, ISO timestamps, detected delimiter. */
    public static ColumnMapping canonical() {
        return new ColumnMapping("canonical", null, null, null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), null);
    }

    /** The source column for {@code canonical}: the mapped one, else the canonical name itself. */
    String sourceColumn(String canonical) {
        return columns.getOrDefault(canonical, canonical);
    }

    /** Properties text, keys sorted, so the app can store the mapping by name. */
    public String toProperties() {
        Map<String, String> entries = new TreeMap<>();
        entries.put("name", name);
        if (delimiter != null) {
            entries.put("delimiter", String.valueOf(delimiter));
        }
        entries.put("timeZone", timeZone.getId());
        if (timestampFormat != null) {
            entries.put("timestampFormat", timestampFormat);
        }
        columns.forEach((k, v) -> entries.put("column." + k, v));
        dateTimeColumns.forEach((k, v) -> entries.put("datetime." + k, v.get(0) + "," + v.get(1)));
        constants.forEach((k, v) -> entries.put("constant." + k, v));
        valueCodes.forEach((k, codes) -> codes.forEach((code, v) -> entries.put("code." + k + "." + code, v)));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            Properties one = new Properties();
            one.setProperty(entry.getKey(), entry.getValue());
            StringWriter writer = new StringWriter();
            try {
                one.store(writer, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            writer.toString()
                    .lines()
                    .filter(l -> !l.startsWith("#"))
                    .forEach(l -> out.append(l).append('\n'));
        }
        // Expressions and the filter are written as they are (no properties escapes), as MappingText reads them.
        expressions.forEach((k, v) ->
                out.append("expr.").append(k).append('=').append(oneLine(v)).append('\n'));
        if (filter != null) {
            out.append("filter=").append(oneLine(filter)).append('\n');
        }
        return out.toString();
    }

    private static String oneLine(String sql) {
        return sql.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    /** Parses {@link #toProperties()} text (leniently: unknown keys are ignored; {@link MappingText} validates). */
    public static ColumnMapping fromProperties(String text) {
        return MappingText.read(text, null);
    }
}
