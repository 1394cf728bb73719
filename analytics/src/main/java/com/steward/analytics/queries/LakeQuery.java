package com.steward.analytics.queries;

import com.steward.analytics.lake.LakeDataset;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One run of a lake query file: which file, the session time zone, and the value of each of its placeholders by
 * kind. A value with equality, so a gateway may cache results by query and lake generation.
 *
 * @param file the SQL file under {@code com/steward/analytics/queries/}
 * @param zone the session time zone (calendar functions such as {@code date_trunc} use it); UTC by its name
 * @param relations placeholder → the lake dataset whose relation replaces it
 * @param tables placeholder → the one-column table of values the engine registers under that name
 * @param parameters placeholder → a bound value: {@link String}, {@link Long} or {@link Instant}
 */
public record LakeQuery(
        String file,
        ZoneId zone,
        Map<String, LakeDataset> relations,
        Map<String, ValueTable> tables,
        Map<String, Object> parameters) {

    public LakeQuery {
        if (zone.equals(ZoneOffset.UTC)) {
            zone = ZoneId.of("UTC"); // DuckDB's TimeZone setting knows UTC by name, not by the offset id Z
        }
        relations = Map.copyOf(relations);
        tables = Map.copyOf(tables);
        parameters = Map.copyOf(parameters);
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            if (!(p.getValue() instanceof String || p.getValue() instanceof Long || p.getValue() instanceof Instant)) {
                throw new IllegalArgumentException("parameter " + p.getKey() + " is not text, a long or an instant");
            }
        }
    }

    /** The file's text with its placeholders unresolved. */
    public String sql() {
        return LakeQueries.text(file);
    }

    /**
     * A table of one text column {@code column} holding {@code values} (sorted and without duplicates, so equal
     * sets give equal queries).
     */
    public record ValueTable(String column, List<String> values) {
        public ValueTable {
            values = List.copyOf(new TreeSet<>(values));
        }
    }
}
