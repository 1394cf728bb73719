package com.steward.analytics.queries;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.LakeSnapshot;
import com.steward.analytics.lake.Sql;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The embedded engine of the lake queries: DuckDB over the lake's Parquet files. Value tables become temporary
 * tables filled by a prepared batch; parameters are bound, never inlined.
 */
public final class DuckDbQueries implements QueryEngine {

    private final Lake lake;

    public DuckDbQueries(Lake lake) {
        this.lake = lake;
    }

    @Override
    public List<LakeRow> run(LakeQuery query) {
        return run(query, lake.snapshot());
    }

    /** The rows of {@code query} over exactly the files of {@code snapshot}. */
    public static List<LakeRow> run(LakeQuery query, LakeSnapshot snapshot) {
        try (Connection connection = DuckDb.open(query.zone())) {
            for (Map.Entry<String, LakeQuery.ValueTable> table : query.tables().entrySet()) {
                createTable(connection, table.getKey(), table.getValue());
            }
            List<Object> bound = new ArrayList<>();
            String sql = SqlFiles.render(query.sql(), name -> {
                LakeDataset dataset = query.relations().get(name);
                if (dataset != null) {
                    return snapshot.duckDbRelation(dataset);
                }
                if (query.tables().containsKey(name)) {
                    return Sql.identifier(name);
                }
                Object value = query.parameters().get(name);
                if (value == null) {
                    throw new IllegalArgumentException(query.file() + ": no value for ${" + name + "}");
                }
                bound.add(value);
                return "?";
            });
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < bound.size(); i++) {
                    bind(statement, i + 1, bound.get(i));
                }
                try (ResultSet rs = statement.executeQuery()) {
                    return rows(rs);
                }
            }
        } catch (SQLException e) {
            throw new LakeException(query.file() + " failed: " + e.getMessage(), e);
        }
    }

    private static void createTable(Connection connection, String name, LakeQuery.ValueTable table)
            throws SQLException {
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE " + Sql.identifier(name) + " (" + Sql.identifier(table.column())
                        + " VARCHAR PRIMARY KEY)");
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO " + Sql.identifier(name) + " VALUES (?)")) {
            for (String value : table.values()) {
                insert.setString(1, value);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        switch (value) {
            case String s -> statement.setString(index, s);
            case Long l -> statement.setLong(index, l);
            case Instant t -> statement.setObject(index, t.atOffset(ZoneOffset.UTC));
            default -> throw new IllegalArgumentException("cannot bind " + value.getClass());
        }
    }

    private static List<LakeRow> rows(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        List<LakeRow> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, @Nullable Object> columns = new LinkedHashMap<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                columns.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), value(rs, c, meta.getColumnType(c)));
            }
            rows.add(new LakeRow(columns));
        }
        return rows;
    }

    private static @Nullable Object value(ResultSet rs, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
            case Types.DECIMAL, Types.NUMERIC -> rs.getBigDecimal(column);
            default -> rs.getObject(column);
        };
        return rs.wasNull() ? null : neutral(value);
    }

    /** Driver types that may come through {@code getObject} as engine-neutral values. */
    private static @Nullable Object neutral(@Nullable Object value) {
        return switch (value) {
            case OffsetDateTime at -> at.toInstant();
            case Date date -> date.toLocalDate();
            case BigInteger big -> big.longValueExact();
            case null, default -> value;
        };
    }
}
