package com.steward.analytics.simulator;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * Generates a demo company into a lake: an in-house centre and three vendors over twelve months, reproducible
 * from a seed.
 *
 * <p>Model (all draws are hashes of (seed, row, draw number), so the result does not depend on thread count):
 *
 * <ul>
 *   <li>arrivals spread over the months, fewer at weekends (55% of weekend contacts move to Friday), a daily
 *       profile peaking at 14:00 UTC;
 *   <li>queues billing 35%, technical 35%, sales 20%, retention 10%; channels voice 60%, chat 23%, email 5%,
 *       messaging 12%; six regions; handlers inhouse 40%, acme 25%, bluesky 20%, corvid 15%, each with sites
 *       and 60 agents;
 *   <li>each handler has a quality q (inhouse 0.80, acme 0.76, bluesky 0.70, corvid 0.78) and a staffing level
 *       (mean wait 10/14/20/12 s, up to 1.8× at the daily peak; email 30 min); callers abandon when their
 *       exponential patience (mean 300 s voice, 600 s chat and messaging; email never abandons) is shorter than the wait;
 *   <li>handle time log-normal around a per-queue mean (billing 320 s, technical 540 s, sales 420 s,
 *       retention 480 s) scaled per channel;
 *   <li>resolution, transfers, complaints, CSAT (25% respond), NPS (15%) and QA (6% evaluated) follow q, the
 *       wait and the resolution; unresolved contacts lead to repeat contacts within days, with any handler;
 *   <li>customers churn more after complaints and unresolved contacts, leads convert more after good ones;
 *   <li><b>{@value #DEGRADING_VENDOR} degrades</b>: its q drops from 0.78 to 0.60 in the last
 *       {@value #DEGRADED_MONTHS} months, which lowers its CSAT, FCR and lead conversion and raises churn.
 * </ul>
 *
 * About 1/6 of the contacts are repeat contacts; the total is close to, not exactly, the requested size.
 */
public final class DemoCompany {
    public static final List<String> VENDORS = List.of("acme", "bluesky", "corvid");
    public static final List<String> HANDLERS = List.of("inhouse", "acme", "bluesky", "corvid");
    public static final String DEGRADING_VENDOR = "corvid";
    public static final int DEGRADED_MONTHS = 3;
    public static final YearMonth DEFAULT_FIRST_MONTH = YearMonth.of(2025, 4);
    public static final String SOURCE = "demo";

    /** Progress callback: phase and rows done out of a total. */
    @FunctionalInterface
    public interface Progress {
        void update(String phase, long done, long total);
    }

    /** What was generated. */
    public record Result(long interactions, long customerEvents, YearMonth firstMonth, YearMonth lastMonth) {}

    private DemoCompany() {}

    /** Twelve months starting {@link #DEFAULT_FIRST_MONTH}. */
    public static Result generate(Path lakeRoot, long seed, long contacts, Progress progress) {
        return generate(lakeRoot, seed, contacts, DEFAULT_FIRST_MONTH, 12, progress);
    }

    public static Result generate(
            Path lakeRoot, long seed, long contacts, YearMonth firstMonth, int months, Progress progress) {
        if (contacts < 1 || months < 1) {
            throw new IllegalArgumentException("contacts and months must be positive");
        }
        Progress report = progress == null ? (p, d, t) -> {} : progress;
        Lake lake = Lake.open(lakeRoot);
        long base = Math.max(1, Math.round(contacts / 1.2));
        long days = firstMonth
                                .atDay(1)
                                .until(firstMonth.plusMonths(months).atDay(1))
                                .toTotalMonths()
                        >= 0
                ? java.time.temporal.ChronoUnit.DAYS.between(
                        firstMonth.atDay(1), firstMonth.plusMonths(months).atDay(1))
                : 0;
        String start = "CAST('" + firstMonth.atDay(1) + " 00:00:00+00' AS TIMESTAMPTZ)";
        String end = "CAST('" + firstMonth.plusMonths(months).atDay(1) + " 00:00:00+00' AS TIMESTAMPTZ)";
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            report.update("generating", 0, contacts);
            DuckDb.execute(
                    c,
                    "CREATE TEMP MACRO u(i, k) AS ((hash(i, k, " + seed
                            + ") % 4294967296)::DOUBLE + 0.5) / 4294967296.0");
            // Pass 1: arrival time and caller of the first contacts.
            DuckDb.execute(
                    c,
                    "CREATE TEMP TABLE seeds AS SELECT i, " + start + " + to_microseconds(CAST(("
                            + "(CASE WHEN dayofweek(CAST(" + start
                            + " AS DATE) + d0) IN (0, 6) AND u(i, 2) < 0.55 THEN greatest(0, d0 - CASE WHEN dayofweek(CAST("
                            + start + " AS DATE) + d0) = 6 THEN 1 ELSE 2 END) ELSE d0 END) * 86400.0"
                            + " + (7 + 7 * (u(i, 3) + u(i, 4))) * 3600) * 1000000 AS BIGINT)) AS arrived_at,"
                            + " CASE WHEN u(i, 25) < 0.88 THEN CASE WHEN u(i, 26) < 0.82 THEN 'C' || CAST(floor(u(i, 27) * "
                            + Math.max(100, base / 3) + ") AS BIGINT) ELSE 'L' || CAST(floor(u(i, 27) * "
                            + Math.max(50, base / 20) + ") AS BIGINT) END END AS customer_id,"
                            + " CASE WHEN u(i, 25) < 0.88 THEN u(i, 26) < 0.82 ELSE u(i, 26) < 0.82 END AS is_customer,"
                            + " CAST(NULL AS VARCHAR) AS forced_queue"
                            + " FROM (SELECT i, CAST(floor(u(i, 1) * " + days + ") AS INTEGER) AS d0 FROM range(" + base
                            + ") r(i)) s");
            DuckDb.execute(c, "CREATE TEMP TABLE contacts AS " + attributes("seeds", firstMonth, months));
            report.update("generating", base, contacts);
            // Pass 2: repeat contacts of unresolved (and some resolved) contacts, with any handler.
            long repeats = Math.max(0, contacts - base);
            DuckDb.execute(
                    c,
                    "CREATE TEMP TABLE repeat_seeds AS SELECT i, arrived_at, customer_id, is_customer, forced_queue FROM ("
                            + " SELECT i + " + base
                            + " AS i, arrived_at + to_microseconds(CAST((0.05 + -ln(u(i, 31)) * 2.5)"
                            + " * 86400000000 AS BIGINT)) AS arrived_at, customer_id, is_customer, queue AS forced_queue"
                            + " FROM contacts WHERE customer_id IS NOT NULL AND answered_at IS NOT NULL"
                            + " AND ((NOT resolved AND u(i, 30) < 0.85) OR u(i, 30) < 0.04)) r WHERE arrived_at < "
                            + end + " ORDER BY i LIMIT " + repeats);
            DuckDb.execute(c, "INSERT INTO contacts " + attributes("repeat_seeds", firstMonth, months));
            long total = DuckDb.queryLong(c, "SELECT count(*) FROM contacts");
            report.update("writing interactions", 0, total);
            DuckDb.execute(c, "CREATE TEMP TABLE incoming (" + LakeDataset.INTERACTIONS.schema() + ")");
            DuckDb.execute(
                    c,
                    "INSERT INTO incoming SELECT 'D' || CAST(i AS VARCHAR), handled_by, site, channel, queue, region,"
                            + " customer_id, is_customer, arrived_at, answered_at, ended_at, handle_seconds, transferred,"
                            + " resolved, complaint, agent_id, csat, nps, qa_score, '" + SOURCE + "', 'demo-" + seed
                            + "', now(), strftime(timezone('UTC', arrived_at), '%Y-%m') FROM contacts");
            lake.upsert(c, LakeDataset.INTERACTIONS, "incoming");
            report.update("writing interactions", total, total);
            DuckDb.execute(
                    c,
                    "CREATE TEMP TABLE events AS SELECT customer_id, event, min(\"at\") AS \"at\" FROM ("
                            + " SELECT customer_id, 'churned' AS event, arrived_at + to_microseconds(CAST(u(i, 40) * 40"
                            + " * 86400000000 AS BIGINT)) AS \"at\" FROM contacts WHERE customer_id IS NOT NULL AND is_customer"
                            + " AND u(i, 41) < 0.002 + 0.05 * CAST(complaint AS INTEGER)"
                            + " + 0.012 * CAST(NOT resolved AS INTEGER) + 0.04 * (0.8 - quality)"
                            + " UNION ALL SELECT customer_id, 'became_customer', arrived_at + to_microseconds(CAST(u(i, 42)"
                            + " * 80 * 86400000000 AS BIGINT)) FROM contacts WHERE customer_id IS NOT NULL AND NOT is_customer"
                            + " AND u(i, 43) < 0.02 + 0.30 * quality * CAST(resolved AS INTEGER)) e GROUP BY customer_id, event");
            long events = DuckDb.queryLong(c, "SELECT count(*) FROM events");
            report.update("writing customer events", 0, events);
            DuckDb.execute(c, "CREATE TEMP TABLE incoming_events (" + LakeDataset.CUSTOMER_EVENTS.schema() + ")");
            DuckDb.execute(
                    c,
                    "INSERT INTO incoming_events SELECT customer_id, event, \"at\", CASE WHEN event = 'became_customer'"
                            + " THEN 500.0 ELSE NULL END, '" + SOURCE + "', 'demo-" + seed
                            + "', now(), strftime(timezone('UTC', \"at\"), '%Y-%m') FROM events");
            lake.upsert(c, LakeDataset.CUSTOMER_EVENTS, "incoming_events");
            report.update("done", total, total);
            return new Result(total, events, firstMonth, firstMonth.plusMonths(months - 1));
        } catch (SQLException e) {
            throw new LakeException("demo generation failed: " + e.getMessage(), e);
        }
    }

    /** Every attribute of a contact, drawn from its seed row (i, arrived_at, customer_id, is_customer). */
    private static String attributes(String seeds, YearMonth firstMonth, int months) {
        int degradedFrom = months - DEGRADED_MONTHS;
        String monthIndex = "(datediff('month', DATE '" + firstMonth.atDay(1) + "', CAST(arrived_at AS DATE)))";
        return """
            WITH a AS (
              SELECT s.*,
                coalesce(forced_queue, CASE WHEN u(i, 5) < 0.35 THEN 'billing' WHEN u(i, 5) < 0.70 THEN 'technical'
                     WHEN u(i, 5) < 0.90 THEN 'sales' ELSE 'retention' END) AS queue,
                CASE WHEN u(i, 6) < 0.60 THEN 'voice' WHEN u(i, 6) < 0.83 THEN 'chat'
                     WHEN u(i, 6) < 0.88 THEN 'email' ELSE 'messaging' END AS channel,
                ['US-CA', 'US-TX', 'US-NY', 'GB', 'DE', 'ES'][CAST(floor(u(i, 7) * 6) AS INTEGER) + 1] AS region,
                CASE WHEN u(i, 8) < 0.40 THEN 'inhouse' WHEN u(i, 8) < 0.65 THEN 'acme'
                     WHEN u(i, 8) < 0.85 THEN 'bluesky' ELSE 'corvid' END AS handled_by,
                extract('hour' FROM timezone('UTC', arrived_at)) + extract('minute' FROM timezone('UTC', arrived_at)) / 60.0
                    AS hour_of_day,
                %s AS month_index
              FROM %s s
            ), b AS (
              SELECT a.*,
                CASE handled_by WHEN 'inhouse' THEN 0.80 WHEN 'acme' THEN 0.76 WHEN 'bluesky' THEN 0.70
                     ELSE CASE WHEN month_index >= %d THEN 0.60 ELSE 0.78 END END AS quality,
                CASE handled_by WHEN 'inhouse' THEN 10 WHEN 'acme' THEN 14 WHEN 'bluesky' THEN 20 ELSE 12 END
                    * (1 + 0.8 * exp(-((hour_of_day - 14) * (hour_of_day - 14)) / 8)) AS mean_wait,
                CASE handled_by WHEN 'inhouse' THEN CASE WHEN u(i, 9) < 0.7 THEN 'hq-dublin' ELSE 'hq-austin' END
                     WHEN 'acme' THEN CASE WHEN u(i, 9) < 0.5 THEN 'acme-manila' ELSE 'acme-cebu' END
                     WHEN 'bluesky' THEN 'bluesky-lisbon'
                     ELSE CASE WHEN u(i, 9) < 0.6 THEN 'corvid-krakow' ELSE 'corvid-bogota' END END AS site
              FROM a
            ), c AS (
              SELECT b.*,
                CASE WHEN channel = 'email' THEN -ln(u(i, 10)) * 1800 ELSE -ln(u(i, 10)) * mean_wait END AS wait_s,
                CASE WHEN channel = 'email' THEN 1e12 WHEN channel = 'voice' THEN -ln(u(i, 11)) * 300
                     ELSE -ln(u(i, 11)) * 600 END AS patience_s,
                CASE queue WHEN 'billing' THEN 320 WHEN 'technical' THEN 540 WHEN 'sales' THEN 420 ELSE 480 END
                  * CASE channel WHEN 'chat' THEN 1.3 WHEN 'email' THEN 0.6 WHEN 'messaging' THEN 1.1 ELSE 1 END
                  * exp(0.45 * sqrt(-2 * ln(u(i, 13))) * cos(2 * pi() * u(i, 14)) - 0.1)
                  * (1 + 0.5 * (0.8 - quality)) AS handle_s,
                u(i, 15) < 0.45 + 0.5 * quality AS resolved_draw
              FROM b
            ), d AS (
              SELECT c.*, patience_s >= wait_s AS answered,
                resolved_draw AND patience_s >= wait_s AS resolved_flag,
                patience_s >= wait_s AND u(i, 17) < 0.005 + 0.05 * (1 - quality)
                    + 0.03 * CAST(NOT resolved_draw AS INTEGER) AS complaint_flag
              FROM c
            ), e AS (
              SELECT d.*,
                0.5 * quality + 0.35 * CAST(resolved_flag AS INTEGER) + 0.15 * CAST(wait_s < 60 AS INTEGER)
                  - 0.3 * CAST(complaint_flag AS INTEGER) + 0.25 * (u(i, 18) - 0.5) AS sat
              FROM d
            )
            SELECT i, handled_by, site, channel, queue, region, customer_id, is_customer, arrived_at,
              CASE WHEN answered THEN arrived_at + to_microseconds(CAST(wait_s * 1000000 AS BIGINT)) END AS answered_at,
              CASE WHEN answered
                THEN arrived_at + to_microseconds(CAST((wait_s + round(handle_s)) * 1000000 AS BIGINT))
                ELSE arrived_at + to_microseconds(CAST(patience_s * 1000000 AS BIGINT)) END AS ended_at,
              CASE WHEN answered THEN round(handle_s) ELSE 0 END AS handle_seconds,
              answered AND u(i, 16) < 0.22 - 0.15 * quality AS transferred,
              resolved_flag AS resolved,
              complaint_flag AS complaint,
              CASE WHEN answered THEN handled_by || '-a' || lpad(CAST(CAST(floor(u(i, 12) * 60) AS INTEGER) AS VARCHAR), 2, '0') END
                  AS agent_id,
              CASE WHEN answered AND u(i, 19) < 0.25
                THEN CAST(least(5, greatest(1, round(1 + 4.6 * sat + (u(i, 20) - 0.5) * 1.2))) AS INTEGER) END AS csat,
              CASE WHEN answered AND u(i, 21) < 0.15
                THEN CAST(least(10, greatest(0, round(sat * 11 - 0.5 + (u(i, 22) - 0.5) * 3))) AS INTEGER) END AS nps,
              CASE WHEN answered AND u(i, 23) < 0.06
                THEN round(least(100, greatest(0, 55 + 45 * quality + (u(i, 24) - 0.5) * 20)), 1) END AS qa_score,
              quality
            FROM e
            """.formatted(monthIndex, seeds, degradedFrom);
    }
}
