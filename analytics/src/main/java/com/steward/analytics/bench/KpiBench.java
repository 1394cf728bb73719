package com.steward.analytics.bench;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.KpiSettings;
import com.steward.analytics.kpi.MetricValue;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeSnapshot;
import com.steward.analytics.simulator.DemoCompany;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The KPI benchmark: the full KPI set by handled_by × queue × month over the whole demo year, run through the
 * {@link DuckDbEngine} and, for reference, as one hand-written DuckDB query computing the same numbers; prints
 * both times, their ratio, and checks the numbers agree.
 *
 * <p>Usage: {@code KpiBench [contacts] [workDir] [runs]}. The demo lake ({@code workDir/lake-<contacts>}, seed 42)
 * is generated once and reused when it exists. The hand-written query is a performance reference only (the
 * metric definitions live in the {@code .sql} files).
 */
public final class KpiBench {
    private KpiBench() {}

    public static void main(String[] args) throws Exception {
        long contacts = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("steward-bench");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        // Same folder and seed as spark/bench.sh (EngineBench), so one generated lake serves both benchmarks.
        Path demoLake = work.resolve("lake-" + contacts);
        YearMonth first = DemoCompany.DEFAULT_FIRST_MONTH;
        YearMonth last = first.plusMonths(11);
        if (Lake.open(demoLake).snapshot().generation() == 0) {
            long t0 = System.nanoTime();
            double cpu0 = ImportBench.cpuSeconds();
            DemoCompany.Result demo = DemoCompany.generate(demoLake, 42, contacts, (phase, done, total) -> {});
            // EngineBench's marker: it reuses the lake instead of generating it again.
            Files.writeString(
                    demoLake.resolve("_bench_generated"),
                    demo.interactions() + " " + demo.customerEvents() + " " + demo.firstMonth() + " "
                            + demo.lastMonth());
            double s = seconds(t0);
            System.out.printf(
                    "generate: %,d contacts, %,d events in %.2f s wall (%,.0f contacts/s), %.2f s CPU%n",
                    demo.interactions(),
                    demo.customerEvents(),
                    s,
                    demo.interactions() / s,
                    ImportBench.cpuSeconds() - cpu0);
        }
        Lake lake = Lake.open(demoLake);
        KpiQuery query = KpiQuery.of(
                first.atDay(1), last.atEndOfMonth(), Dimension.HANDLED_BY, Dimension.QUEUE, Dimension.MONTH);
        DuckDbEngine engine = new DuckDbEngine(lake);
        long interactions;
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            interactions = DuckDb.queryLong(
                    c, "SELECT count(*) FROM " + lake.snapshot().duckDbRelation(LakeDataset.INTERACTIONS));
        }
        System.out.printf(
                "lake: %,d interactions; query: all %d metrics by handled_by x queue x month, %s..%s; load %.2f%n",
                interactions, query.metrics().size(), query.from(), query.to(), load());
        double bestEngine = Double.MAX_VALUE;
        double bestHand = Double.MAX_VALUE;
        double bestFused = Double.MAX_VALUE;
        List<KpiRow> engineRows = null;
        Map<String, long[]> handRows = null;
        Map<String, long[]> fusedRows = null;
        // -Dbench.perCustomer=false skips the slower per-customer reference (minutes at 100M contacts).
        boolean perCustomer = Boolean.parseBoolean(System.getProperty("bench.perCustomer", "true"));
        for (int run = 1; run <= runs; run++) {
            long t = System.nanoTime();
            double cpu0 = ImportBench.cpuSeconds();
            engineRows = engine.run(query);
            double e = seconds(t);
            System.out.printf(
                    "run %d: engine %.2f s (%.2f s CPU, %d rows), load %.2f, peak RSS %,d MiB%n",
                    run, e, ImportBench.cpuSeconds() - cpu0, engineRows.size(), load(), PeakMemory.residentMiB());
            t = System.nanoTime();
            cpu0 = ImportBench.cpuSeconds();
            fusedRows = fused(lake.snapshot(), query);
            double f = seconds(t);
            System.out.printf(
                    "run %d: hand-written fused %.2f s (%.2f s CPU, %d rows), load %.2f%n",
                    run, f, ImportBench.cpuSeconds() - cpu0, fusedRows.size(), load());
            if (perCustomer) {
                t = System.nanoTime();
                cpu0 = ImportBench.cpuSeconds();
                handRows = handWritten(lake.snapshot(), query);
                double h = seconds(t);
                bestHand = Math.min(bestHand, h);
                System.out.printf(
                        "run %d: hand-written per customer %.2f s (%.2f s CPU, %d rows), load %.2f%n",
                        run, h, ImportBench.cpuSeconds() - cpu0, handRows.size(), load());
            }
            bestEngine = Math.min(bestEngine, e);
            bestFused = Math.min(bestFused, f);
        }
        // Where the engine's time goes: each SQL file on its own (its metrics only), best of the runs
        // (-Dbench.breakdown=false skips it).
        boolean breakdown = Boolean.parseBoolean(System.getProperty("bench.breakdown", "true"));
        for (String file : breakdown ? com.steward.analytics.kpi.KpiSql.files(query) : Set.<String>of()) {
            Set<String> ids = new LinkedHashSet<>();
            com.steward.analytics.kpi.KpiCatalogue.metrics().stream()
                    .filter(m -> m.sqlFile().equals(file))
                    .forEach(m -> ids.add(m.id()));
            double best = Double.MAX_VALUE;
            double bestCpu = 0;
            for (int run = 1; run <= runs; run++) {
                long t = System.nanoTime();
                double cpu0 = ImportBench.cpuSeconds();
                engine.run(query.withMetrics(ids));
                double e = seconds(t);
                if (e < best) {
                    best = e;
                    bestCpu = ImportBench.cpuSeconds() - cpu0;
                }
            }
            System.out.printf("  %s.sql alone: %.2f s (%.2f s CPU)%n", file, best, bestCpu);
        }
        double fastest = Math.min(bestHand, bestFused);
        System.out.printf(
                "best: engine %.2f s, hand-written per customer %.2f s, hand-written fused %.2f s, ratio to the fastest"
                        + " %.2f (target <= 3 s and <= 1.5)%n",
                bestEngine, perCustomer ? bestHand : Double.NaN, bestFused, bestEngine / fastest);
        if (perCustomer) {
            System.out.println("numbers agree (per customer): " + compare(engineRows, handRows));
        }
        System.out.println("numbers agree (fused): " + compare(engineRows, fusedRows));
        System.out.printf(
                "peak resident memory %,d MiB (heap max %,d MiB, DuckDB memory_limit %s per connection)%n",
                PeakMemory.residentMiB(), Runtime.getRuntime().maxMemory() >> 20, DuckDb.memoryLimit());
    }

    /**
     * One hand-written DuckDB query for the same numbers: a single scan, FCR's next contact as a LEAD window in
     * that scan, churn and lead conversion as ASOF joins to the first event after each contact.
     */
    static Map<String, long[]> handWritten(LakeSnapshot snapshot, KpiQuery query) throws Exception {
        KpiSettings s = query.settings();
        String from = query.from() + " 00:00:00+00";
        String to = query.to().plusDays(1) + " 00:00:00+00";
        String horizon = query.to().plusDays(1 + s.longestWindowDays()) + " 00:00:00+00";
        long day = 86_400_000_000L;
        String sql = "WITH i AS (SELECT handled_by, queue, CAST(date_trunc('month', arrived_at) AS DATE) AS period,"
                + " customer_id, is_customer, epoch_us(arrived_at) AS a, epoch_us(answered_at) AS ans,"
                + " epoch_us(ended_at) AS e, handle_seconds, transferred, resolved, complaint, csat, nps, qa_score,"
                + " arrived_at < TIMESTAMPTZ '" + to
                + "' AS in_scope, NOT (answered_at IS NULL AND epoch_us(ended_at) - epoch_us(arrived_at) < "
                + s.shortAbandonSeconds() * 1_000_000L + ") AS keep,"
                + " CASE WHEN customer_id IS NOT NULL THEN lead(epoch_us(arrived_at)) OVER (PARTITION BY customer_id"
                + " ORDER BY epoch_us(arrived_at)) END AS next_a,"
                + " CASE WHEN customer_id IS NOT NULL THEN lag(epoch_us(arrived_at)) OVER (PARTITION BY customer_id"
                + " ORDER BY epoch_us(arrived_at)) END AS prev_a"
                + " FROM " + snapshot.duckDbRelation(LakeDataset.INTERACTIONS)
                + " WHERE arrived_at >= TIMESTAMPTZ '" + from + "' AND arrived_at < TIMESTAMPTZ '" + horizon + "'),"
                + " ev AS (SELECT customer_id, event, epoch_us(\"at\") AS t FROM "
                + snapshot.duckDbRelation(LakeDataset.CUSTOMER_EVENTS) + " WHERE \"at\" >= TIMESTAMPTZ '" + from
                + "' AND \"at\" < TIMESTAMPTZ '" + horizon + "'),"
                + " churn AS (SELECT customer_id, t FROM ev WHERE event = 'churned'),"
                + " conv AS (SELECT customer_id, t FROM ev WHERE event = 'became_customer'),"
                + " c AS (SELECT i.*, ch.t - i.a <= " + s.churnWindowDays() * day + " AS churned, cv.t - i.a <= "
                + s.leadWindowDays() * day + " AS converted FROM (SELECT * FROM i WHERE in_scope) i"
                + " ASOF LEFT JOIN churn ch ON ch.customer_id = i.customer_id AND ch.t > i.a"
                + " ASOF LEFT JOIN conv cv ON cv.customer_id = i.customer_id AND cv.t > i.a)"
                + " SELECT handled_by, queue, period, sum(offered), sum(answered), sum(sl), sum(transfers),"
                + " sum(resolved), sum(complaints), sum(csat_good), sum(csat_n), sum(promoters), sum(detractors),"
                + " sum(nps_n), sum(qa_n), sum(fcr_num), sum(fcr_den),"
                + " count(*) FILTER (WHERE is_cust AND churned), count(*) FILTER (WHERE is_cust),"
                + " count(*) FILTER (WHERE is_lead AND converted), count(*) FILTER (WHERE is_lead),"
                + " sum(asa_sum_us), sum(aht_sum), sum(qa_sum) FROM ("
                + " SELECT handled_by, queue, period, customer_id,"
                + " count(*) FILTER (WHERE keep) AS offered,"
                + " count(ans) FILTER (WHERE keep) AS answered,"
                + " count(*) FILTER (WHERE keep AND ans IS NOT NULL AND ans - a <= "
                + s.serviceLevelSeconds() * 1_000_000L
                + ") AS sl,"
                + " count(*) FILTER (WHERE keep AND ans IS NOT NULL AND transferred) AS transfers,"
                + " count(*) FILTER (WHERE keep AND ans IS NOT NULL AND resolved) AS resolved,"
                + " count(*) FILTER (WHERE keep AND ans IS NOT NULL AND complaint) AS complaints,"
                + " count(*) FILTER (WHERE keep AND csat >= 4) AS csat_good, count(csat) FILTER (WHERE keep) AS csat_n,"
                + " count(*) FILTER (WHERE keep AND nps >= 9) AS promoters,"
                + " count(*) FILTER (WHERE keep AND nps <= 6) AS detractors,"
                + " count(nps) FILTER (WHERE keep) AS nps_n, count(qa_score) FILTER (WHERE keep) AS qa_n,"
                + " count(*) FILTER (WHERE ans IS NOT NULL AND customer_id IS NOT NULL AND (next_a IS NULL OR next_a - a > "
                + s.fcrWindowDays() * day + ") AND (prev_a IS NULL OR prev_a < a)) AS fcr_num,"
                + " count(*) FILTER (WHERE ans IS NOT NULL AND customer_id IS NOT NULL) AS fcr_den,"
                + " customer_id IS NOT NULL AND bool_or(is_customer) AS is_cust,"
                + " bool_or(is_customer AND churned) AS churned,"
                + " customer_id IS NOT NULL AND bool_or(NOT is_customer) AS is_lead,"
                + " bool_or(NOT is_customer AND converted) AS converted,"
                + " sum(ans - a) FILTER (WHERE keep AND ans IS NOT NULL) AS asa_sum_us,"
                + " sum(handle_seconds) FILTER (WHERE keep AND ans IS NOT NULL) AS aht_sum,"
                + " sum(qa_score) FILTER (WHERE keep) AS qa_sum"
                + " FROM c GROUP BY handled_by, queue, period, customer_id) per_customer GROUP BY ALL";
        Map<String, long[]> rows = new HashMap<>();
        try (Connection c = DuckDb.open(s.zone());
                Statement statement = c.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String key = rs.getString(1) + "|" + rs.getString(2) + "|"
                        + rs.getObject(3, LocalDate.class).toString().substring(0, 7);
                long[] values = new long[n - 3];
                for (int i = 4; i <= n; i++) {
                    values[i - 4] = Math.round(rs.getDouble(i));
                }
                rows.put(key, values);
            }
        }
        return rows;
    }

    /**
     * The fastest single DuckDB statement I could write for the same numbers: one scan CTE, the engine's four
     * computations as DuckDB-only SQL ({@code FILTER}, {@code GROUP BY ALL}, integer sums), joined by the group
     * keys (never null in the demo data). Same column layout as {@link #handWritten}.
     */
    static Map<String, long[]> fused(LakeSnapshot snapshot, KpiQuery query) throws Exception {
        KpiSettings s = query.settings();
        String from = query.from() + " 00:00:00+00";
        String to = query.to().plusDays(1) + " 00:00:00+00";
        String horizon = query.to().plusDays(1 + s.longestWindowDays()) + " 00:00:00+00";
        long day = 86_400_000_000L;
        String sql = """
            WITH i AS (
              SELECT handled_by, queue, %s AS period, customer_id, is_customer,
                epoch_us(arrived_at) AS a, epoch_us(answered_at) AS ans, epoch_us(ended_at) AS e, handle_seconds,
                transferred, resolved, complaint, csat, nps, qa_score, arrived_at < TIMESTAMPTZ '%s' AS in_scope
              FROM %s WHERE arrived_at >= TIMESTAMPTZ '%s' AND arrived_at < TIMESTAMPTZ '%s'),
            ev AS (SELECT customer_id, event, epoch_us("at") AS t FROM %s
                   WHERE "at" >= TIMESTAMPTZ '%s' AND "at" < TIMESTAMPTZ '%s'),
            cm AS (
              SELECT handled_by, queue, period, count(*) AS offered, count(ans) AS answered,
                count(*) FILTER (WHERE ans - a <= %d) AS sl, count(*) FILTER (WHERE ans IS NOT NULL AND transferred) AS tr,
                count(*) FILTER (WHERE ans IS NOT NULL AND resolved) AS rs,
                count(*) FILTER (WHERE ans IS NOT NULL AND complaint) AS cp,
                count(*) FILTER (WHERE csat >= 4) AS cg, count(csat) AS cn, count(*) FILTER (WHERE nps >= 9) AS pr,
                count(*) FILTER (WHERE nps <= 6) AS dt, count(nps) AS nn, count(qa_score) AS qn,
                sum(ans - a) AS asa, sum(handle_seconds) FILTER (WHERE ans IS NOT NULL) AS aht, sum(qa_score) AS qa
              FROM i WHERE in_scope AND NOT (ans IS NULL AND e - a < %d) GROUP BY ALL),
            fcr AS (
              SELECT handled_by, queue, period,
                count(*) FILTER (WHERE (nxt IS NULL OR nxt - a > %d) AND (prv IS NULL OR prv < a)) AS fn, count(*) AS fd
              FROM (SELECT handled_by, queue, period, in_scope, ans, a,
                      lead(a) OVER (PARTITION BY customer_id ORDER BY a) AS nxt,
                      lag(a) OVER (PARTITION BY customer_id ORDER BY a) AS prv
                    FROM i WHERE customer_id IS NOT NULL)
              WHERE in_scope AND ans IS NOT NULL GROUP BY ALL),
            churn AS (
              SELECT handled_by, queue, period, count(*) FILTER (WHERE hit) AS n, count(*) AS d FROM (
                SELECT handled_by, queue, period, i.customer_id, bool_or(ev.t IS NOT NULL) AS hit
                FROM i LEFT JOIN ev ON ev.customer_id = i.customer_id AND ev.event = 'churned' AND ev.t > i.a
                  AND ev.t <= i.a + %d
                WHERE in_scope AND i.customer_id IS NOT NULL AND is_customer GROUP BY ALL) GROUP BY ALL),
            conv AS (
              SELECT handled_by, queue, period, count(*) FILTER (WHERE hit) AS n, count(*) AS d FROM (
                SELECT handled_by, queue, period, i.customer_id, bool_or(ev.t IS NOT NULL) AS hit
                FROM i LEFT JOIN ev ON ev.customer_id = i.customer_id AND ev.event = 'became_customer' AND ev.t > i.a
                  AND ev.t <= i.a + %d
                WHERE in_scope AND i.customer_id IS NOT NULL AND NOT is_customer GROUP BY ALL) GROUP BY ALL)
            SELECT handled_by, queue, period, offered, answered, sl, tr, rs, cp, cg, cn, pr, dt, nn, qn, fn, fd,
              coalesce(churn.n, 0), coalesce(churn.d, 0), coalesce(conv.n, 0), coalesce(conv.d, 0), asa, aht, qa
            FROM cm LEFT JOIN fcr USING (handled_by, queue, period) LEFT JOIN churn USING (handled_by, queue, period)
              LEFT JOIN conv USING (handled_by, queue, period)
            """.formatted(
                        com.steward.analytics.kpi.KpiSql.periodEpochDay(query, "epoch_us(arrived_at)"),
                        to,
                        snapshot.duckDbRelation(LakeDataset.INTERACTIONS),
                        from,
                        horizon,
                        snapshot.duckDbRelation(LakeDataset.CUSTOMER_EVENTS),
                        from,
                        horizon,
                        s.serviceLevelSeconds() * 1_000_000L,
                        s.shortAbandonSeconds() * 1_000_000L,
                        s.fcrWindowDays() * day,
                        s.churnWindowDays() * day,
                        s.leadWindowDays() * day);
        Map<String, long[]> rows = new HashMap<>();
        try (Connection c = DuckDb.open(s.zone());
                Statement statement = c.createStatement()) {
            statement.execute("SET preserve_insertion_order = false");
            try (ResultSet rs = statement.executeQuery(sql)) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String key = rs.getString(1) + "|" + rs.getString(2) + "|"
                            + LocalDate.ofEpochDay(rs.getLong(3)).toString().substring(0, 7);
                    long[] values = new long[n - 3];
                    for (int i = 4; i <= n; i++) {
                        values[i - 4] = Math.round(rs.getDouble(i));
                    }
                    rows.put(key, values);
                }
            }
        }
        return rows;
    }

    /** Compares the counts (and rounded sums) of both results; returns "yes" or the first difference. */
    static String compare(@Nullable List<KpiRow> engine, @Nullable Map<String, long[]> hand) {
        if (engine == null || hand == null) {
            return "no: not run";
        }
        if (engine.size() != hand.size()) {
            return "no: " + engine.size() + " engine rows vs " + hand.size() + " hand-written rows";
        }
        for (KpiRow row : engine) {
            String key = row.keys().get("handled_by") + "|" + row.keys().get("queue") + "|"
                    + row.keys().get("month");
            long[] h = hand.get(key);
            if (h == null) {
                return "no: missing " + key;
            }
            long[] e = {
                row.metric("offered").numerator(),
                row.metric("answered").numerator(),
                row.metric("service_level").numerator(),
                row.metric("transfer_rate").numerator(),
                row.metric("resolved_rate").numerator(),
                row.metric("complaint_rate").numerator(),
                row.metric("csat").numerator(),
                row.metric("csat").denominator(),
                -1,
                -1,
                row.metric("nps").denominator(),
                row.metric("qa").denominator(),
                row.metric("fcr").numerator(),
                row.metric("fcr").denominator(),
                row.metric("churn_after_contact").numerator(),
                row.metric("churn_after_contact").denominator(),
                row.metric("lead_conversion").numerator(),
                row.metric("lead_conversion").denominator(),
                -1,
                Math.round(row.metric("aht").numerator()),
                Math.round(row.metric("qa").numerator())
            };
            MetricValue nps = row.metric("nps");
            if (nps.numerator() != h[8] - h[9]) {
                return "no: nps at " + key;
            }
            for (int i = 0; i < e.length; i++) {
                if (e[i] != -1 && Math.abs(e[i] - h[i]) > (i >= 19 ? 1 + Math.abs(h[i]) * 1e-7 : 0)) {
                    return "no: " + key + " value #" + i + " engine " + e[i] + " vs hand-written " + h[i];
                }
            }
        }
        return "yes (" + engine.size() + " rows, counts exact, sums to ±(1 + 1e-7 relative): double vs exact sums)";
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
