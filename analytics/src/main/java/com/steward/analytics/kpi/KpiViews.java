package com.steward.analytics.kpi;

import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeMonths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The views of the SQL contract (see the package documentation), defined once for every engine. An engine first
 * registers each dataset's files (pruned to {@link #months}) as a relation named {@link #relation}, then creates
 * {@link #views} in order; only the few spellings the engines disagree on come from its {@link Dialect}.
 */
public final class KpiViews {
    private KpiViews() {}

    /** One view: {@code CREATE TEMP VIEW <name> AS <sql>} (or Spark's {@code CREATE OR REPLACE TEMP VIEW}). */
    public record View(String name, String sql) {}

    /** What DuckDB and Spark SQL spell differently. */
    public enum Dialect {
        DUCKDB {
            @Override
            String epochMicros(String column) {
                return "epoch_us(" + column + ")";
            }

            @Override
            String instant(Instant instant) {
                return "CAST('" + UTC_TEXT.format(instant) + "+00' AS TIMESTAMPTZ)";
            }

            @Override
            String quote(String identifier) {
                return "\"" + identifier + "\"";
            }
        },
        SPARK {
            @Override
            String epochMicros(String column) {
                return "unix_micros(" + column + ")";
            }

            @Override
            String instant(Instant instant) {
                long micros = Math.addExact(
                        Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
                return "timestamp_micros(" + micros + "L)";
            }

            @Override
            String quote(String identifier) {
                return "`" + identifier + "`";
            }
        };

        private static final DateTimeFormatter UTC_TEXT =
                DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

        abstract String epochMicros(String column);

        abstract String instant(Instant instant);

        abstract String quote(String identifier);
    }

    /** The name under which an engine registers the dataset's (pruned) files, e.g. {@code lake_interactions}. */
    public static String relation(LakeDataset dataset) {
        return "lake_" + dataset.folder();
    }

    /**
     * The end (exclusive) of what the views read: the day after {@code to} plus the longest look-ahead window, at
     * the start of that day in the query's zone.
     */
    public static Instant horizon(KpiQuery query) {
        return query.to()
                .plusDays(1 + query.settings().longestWindowDays())
                .atStartOfDay(query.settings().zone())
                .toInstant();
    }

    /** The UTC month partitions the views read: those of the scope's start up to the horizon's. */
    public static LakeMonths months(KpiQuery query) {
        return LakeMonths.between(query.scopeStart(), horizon(query));
    }

    /**
     * The views, in creation order, over the registered relations.
     *
     * @param feeds whether the survey or QA feed has any file ({@link KpiSql#scopeView})
     */
    public static List<View> views(KpiQuery query, Dialect dialect, boolean feeds) {
        String from = dialect.instant(query.scopeStart());
        String to = dialect.instant(query.scopeEnd());
        String horizon = dialect.instant(horizon(query));
        String at = dialect.quote("at");
        return List.of(
                new View(
                        "interactions",
                        "SELECT *, (arrived_at >= " + from + " AND arrived_at < " + to + KpiSql.scopeCondition(query)
                                + ") AS in_scope, " + KpiSql.periodEpochDay(query, "arrived_us")
                                + " AS period FROM (SELECT interaction_id, handled_by, site, channel, queue, region,"
                                + " customer_id, is_customer, arrived_at, answered_at, ended_at, handle_seconds,"
                                + " transferred, resolved, complaint, agent_id, csat, nps, qa_score, source, "
                                + dialect.epochMicros("arrived_at") + " AS arrived_us, "
                                + dialect.epochMicros("answered_at") + " AS answered_us, "
                                + dialect.epochMicros("ended_at") + " AS ended_us FROM "
                                + relation(LakeDataset.INTERACTIONS) + " WHERE arrived_at >= " + from
                                + " AND arrived_at < " + horizon + ") base"),
                new View(
                        "survey_responses",
                        "SELECT source, interaction_id, csat, nps FROM " + relation(LakeDataset.SURVEY_RESPONSES)),
                new View(
                        "qa_evaluations",
                        "SELECT source, interaction_id, score FROM " + relation(LakeDataset.QA_EVALUATIONS)),
                new View("kpi_scope", KpiSql.scopeView(feeds)),
                new View(
                        "customer_events",
                        "SELECT customer_id, event, " + at + ", value, " + dialect.epochMicros(at) + " AS at_us FROM "
                                + relation(LakeDataset.CUSTOMER_EVENTS) + " WHERE " + at + " >= " + from + " AND "
                                + at + " < " + horizon));
    }
}
