package com.steward.analytics.kpi;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.LakeSnapshot;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The embedded engine: runs the KPI SQL with DuckDB directly over the lake's Parquet files. */
public final class DuckDbEngine implements Engine {
    private final Lake lake;

    public DuckDbEngine(Lake lake) {
        this.lake = lake;
    }

    @Override
    public List<KpiRow> run(KpiQuery query) {
        LakeSnapshot snapshot = lake.snapshot();
        try (Connection connection = DuckDb.open(query.settings().zone())) {
            // Results are sorted here; DuckDB need not keep scan order through the pipelines.
            DuckDb.execute(connection, "SET preserve_insertion_order = false");
            createViews(connection, snapshot, query);
            Map<List<String>, Map<String, MetricValue>> rows = new HashMap<>();
            for (String file : KpiSql.files(query)) {
                try (Statement statement = connection.createStatement();
                        ResultSet rs = statement.executeQuery(KpiSql.render(file, query))) {
                    ResultSetMetaData meta = rs.getMetaData();
                    int keys = query.groupBy().size();
                    while (rs.next()) {
                        List<String> key = new ArrayList<>(keys);
                        for (int i = 0; i < keys; i++) {
                            Dimension dimension = query.groupBy().get(i);
                            if (dimension.isPeriod()) {
                                long epochDay = rs.getLong(i + 1);
                                key.add(
                                        rs.wasNull()
                                                ? null
                                                : KpiSql.periodKey(dimension, LocalDate.ofEpochDay(epochDay)));
                            } else {
                                key.add(rs.getString(i + 1));
                            }
                        }
                        Map<String, Number> columns = new HashMap<>();
                        for (int c = keys + 1; c <= meta.getColumnCount(); c++) {
                            Object value = rs.getObject(c);
                            columns.put(
                                    meta.getColumnLabel(c).toLowerCase(Locale.ROOT),
                                    value == null ? null : number(value));
                        }
                        if (keys == 0 && isEmpty(columns)) {
                            continue;
                        }
                        rows.computeIfAbsent(key, k -> new LinkedHashMap<>())
                                .putAll(KpiSql.metrics(query, file, columns::get));
                    }
                }
            }
            return KpiSql.rows(query, rows);
        } catch (SQLException e) {
            throw new LakeException("KPI query failed: " + e.getMessage(), e);
        }
    }

    private static boolean hasFeeds(LakeSnapshot snapshot) {
        return !snapshot.files(LakeDataset.SURVEY_RESPONSES).isEmpty()
                || !snapshot.files(LakeDataset.QA_EVALUATIONS).isEmpty();
    }

    private static boolean isEmpty(Map<String, Number> columns) {
        return columns.values().stream().allMatch(v -> v == null || v.doubleValue() == 0);
    }

    private static Number number(Object value) {
        if (value instanceof Number n) {
            return n instanceof BigInteger b ? b.longValue() : n instanceof BigDecimal d ? d.doubleValue() : n;
        }
        return Double.parseDouble(value.toString());
    }

    private static void createViews(Connection connection, LakeSnapshot snapshot, KpiQuery query) throws SQLException {
        LakeSnapshot pruned = snapshot.prune(KpiViews.months(query));
        for (LakeDataset dataset : LakeDataset.values()) {
            DuckDb.execute(
                    connection,
                    "CREATE TEMP VIEW " + KpiViews.relation(dataset) + " AS SELECT * FROM "
                            + pruned.duckDbRelation(dataset) + " lake");
        }
        for (KpiViews.View view : KpiViews.views(query, KpiViews.Dialect.DUCKDB, hasFeeds(pruned))) {
            DuckDb.execute(connection, "CREATE TEMP VIEW " + view.name() + " AS " + view.sql());
        }
    }
}
