package com.steward.analytics.kpi;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.LakeSnapshot;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The embedded engine: runs the KPI SQL with DuckDB directly over the lake's Parquet files. */
public final class DuckDbEngine implements Engine {
    private static final DateTimeFormatter UTC_TEXT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

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
            return n instanceof java.math.BigInteger b
                    ? b.longValue()
                    : n instanceof java.math.BigDecimal d ? d.doubleValue() : n;
        }
        return Double.parseDouble(value.toString());
    }

    private static void createViews(Connection connection, LakeSnapshot snapshot, KpiQuery query) throws SQLException {
        var zone = query.settings().zone();
        Instant from = query.scopeStart();
        Instant to = query.scopeEnd();
        Instant horizon = query.to()
                .plusDays(1 + query.settings().longestWindowDays())
                .atStartOfDay(zone)
                .toInstant();
        LakeSnapshot pruned = prune(snapshot, from, horizon);
        DuckDb.execute(
                connection,
                "CREATE TEMP VIEW interactions AS SELECT *, (arrived_at >= " + instant(from) + " AND arrived_at < "
                        + instant(to) + KpiSql.scopeCondition(query) + ") AS in_scope, "
                        + KpiSql.periodEpochDay(query, "arrived_us") + " AS period FROM (SELECT interaction_id,"
                        + " handled_by, site, channel, queue, region, customer_id, is_customer, arrived_at, answered_at,"
                        + " ended_at, handle_seconds, transferred, resolved, complaint, agent_id, csat, nps, qa_score,"
                        + " source, epoch_us(arrived_at) AS arrived_us, epoch_us(answered_at) AS answered_us,"
                        + " epoch_us(ended_at) AS ended_us FROM "
                        + pruned.duckDbRelation(LakeDataset.INTERACTIONS) + " lake WHERE arrived_at >= "
                        + instant(from) + " AND arrived_at < " + instant(horizon) + ") base");
        DuckDb.execute(
                connection,
                "CREATE TEMP VIEW survey_responses AS SELECT source, interaction_id, csat, nps FROM "
                        + pruned.duckDbRelation(LakeDataset.SURVEY_RESPONSES) + " lake");
        DuckDb.execute(
                connection,
                "CREATE TEMP VIEW qa_evaluations AS SELECT source, interaction_id, score FROM "
                        + pruned.duckDbRelation(LakeDataset.QA_EVALUATIONS) + " lake");
        DuckDb.execute(connection, "CREATE TEMP VIEW kpi_scope AS " + KpiSql.scopeView(hasFeeds(pruned)));
        DuckDb.execute(
                connection,
                "CREATE TEMP VIEW customer_events AS SELECT customer_id, event, \"at\", value, epoch_us(\"at\") AS at_us FROM "
                        + pruned.duckDbRelation(LakeDataset.CUSTOMER_EVENTS) + " lake WHERE \"at\" >= " + instant(from)
                        + " AND \"at\" < " + instant(horizon));
    }

    /**
     * Keeps only files whose month partition can hold rows between {@code from} and {@code to} (UTC months); the feeds
     * joined by interaction are read whole, since their month is the answer's, not the contact's.
     */
    private static LakeSnapshot prune(LakeSnapshot snapshot, Instant from, Instant to) {
        String first = UTC_TEXT.format(from).substring(0, 7);
        String last = UTC_TEXT.format(to).substring(0, 7);
        Map<LakeDataset, List<Path>> files = new LinkedHashMap<>();
        for (LakeDataset dataset : LakeDataset.values()) {
            files.put(
                    dataset,
                    snapshot.files(dataset).stream()
                            .filter(p -> {
                                if (dataset.joinedByInteraction()) {
                                    return true;
                                }
                                String month = Arrays.stream(p.toString().split("[/\\\\]"))
                                        .filter(s -> s.startsWith("month="))
                                        .map(s -> s.substring(6))
                                        .findFirst()
                                        .orElse(null);
                                return month == null || (month.compareTo(first) >= 0 && month.compareTo(last) <= 0);
                            })
                            .toList());
        }
        return new LakeSnapshot(snapshot.generation(), files);
    }

    private static String instant(Instant instant) {
        return "CAST('" + UTC_TEXT.format(instant) + "+00' AS TIMESTAMPTZ)";
    }
}
