package com.steward.analytics.queries;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One result row of a lake query, by lower-case column name, in engine-neutral Java values: {@link String},
 * {@link Long} or {@link Integer}, {@link Double}, {@link BigDecimal}, {@link Boolean}, {@link LocalDate} for dates
 * and {@link Instant} for timestamps; SQL NULL is {@code null}.
 */
public record LakeRow(Map<String, @Nullable Object> columns) {

    public LakeRow {
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    public @Nullable String string(String column) {
        return (String) value(column);
    }

    /** A count or other whole number; SQL NULL is an error. */
    public long longValue(String column) {
        return number(column).longValue();
    }

    public int intValue(String column) {
        return Math.toIntExact(longValue(column));
    }

    /** A number that may be NULL (not reported). */
    public @Nullable Double nullableDouble(String column) {
        Object v = value(column);
        return v == null ? null : ((Number) v).doubleValue();
    }

    public BigDecimal decimal(String column) {
        Object v = number(column);
        return v instanceof BigDecimal d ? d : new BigDecimal(v.toString());
    }

    public LocalDate date(String column) {
        return (LocalDate) required(column);
    }

    public Instant instant(String column) {
        return (Instant) required(column);
    }

    private Number number(String column) {
        return (Number) required(column);
    }

    private Object required(String column) {
        Object v = value(column);
        if (v == null) {
            throw new IllegalStateException("column " + column + " is NULL");
        }
        return v;
    }

    private @Nullable Object value(String column) {
        if (!columns.containsKey(column)) {
            throw new IllegalArgumentException("no column " + column + " in " + columns.keySet());
        }
        return columns.get(column);
    }
}
