package com.steward.analytics.bench;

import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiResultCache;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.simulator.DemoCompany;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * How fresh the KPIs are after an import: generates a demo lake of {@code contacts} contacts over 12 months, computes
 * the full KPI set (handled_by × queue × month over the year) through a {@link KpiResultCache}, imports one more day
 * of contacts through the canonical importer (the last day's contacts again, an hour later, as another source: new
 * keys, about 1/365 of the lake, and repeat contacts for FCR), and times how long until the cache answers the full
 * KPI set with them in. Then recomputes it from scratch ({@link DuckDbEngine}, no cache) and checks both agree. The
 * last line printed is the summary {@code freshness: … numbers identical: yes|no}.
 */
public final class FreshnessBench {
    private static final Set<String> HANDLERS = Set.copyOf(DemoCompany.HANDLERS);

    private FreshnessBench() {}

    /** Runs the benchmark in {@code work/freshness-<contacts>} (regenerated each time, deleted afterwards). */
    public static boolean run(long contacts, Path work, PrintStream out) throws Exception {
        Path root = work.resolve("freshness-" + contacts);
        delete(root);
        Files.createDirectories(root);
        try {
            return measure(contacts, root, out);
        } finally {
            delete(root);
        }
    }

    private static boolean measure(long contacts, Path root, PrintStream out) throws Exception {
        long t = System.nanoTime();
        DemoCompany.Result demo = DemoCompany.generate(root.resolve("lake"), 42, contacts, (phase, done, total) -> {});
        out.printf(
                "generated %,d contacts and %,d events (%s..%s) in %.2f s, load %.2f%n",
                demo.interactions(), demo.customerEvents(), demo.firstMonth(), demo.lastMonth(), seconds(t), load());
        Lake lake = Lake.open(root.resolve("lake"));
        KpiQuery query = KpiQuery.of(
                demo.firstMonth().atDay(1),
                demo.lastMonth().atEndOfMonth(),
                Dimension.HANDLED_BY,
                Dimension.QUEUE,
                Dimension.MONTH);
        KpiResultCache cache = new KpiResultCache(DuckDbEngine::new);
        t = System.nanoTime();
        double cpu = ImportBench.cpuSeconds();
        List<KpiRow> before = cache.run(lake, query);
        out.printf(
                "full KPI set, cold cache: %.2f s (%.2f CPU-s), %,d rows, %d engine runs, load %.2f%n",
                seconds(t), ImportBench.cpuSeconds() - cpu, before.size(), cache.engineRuns(), load());

        Path day = root.resolve("day.csv");
        long dayRows = writeOneMoreDay(lake, demo.lastMonth().atEndOfMonth(), day);
        t = System.nanoTime();
        cpu = ImportBench.cpuSeconds();
        ImportReport report = new Importer(lake)
                .importInteractions(ImportRequest.of(day, "bench-day", ImportPolicy.REJECT_FILE, HANDLERS));
        double importSeconds = seconds(t);
        double importCpu = ImportBench.cpuSeconds() - cpu;
        double rowsPerSecond = report.accepted() / importSeconds;
        out.printf(
                "imported one more day: %,d rows (%,d written to the CSV), %,d rejected, in %.3f s (%.2f CPU-s,"
                        + " %,.0f rows/s), load %.2f%n",
                report.accepted(), dayRows, report.rejected(), importSeconds, importCpu, rowsPerSecond, load());

        long runsBefore = cache.engineRuns();
        long unitsBefore = cache.unitsComputed();
        t = System.nanoTime();
        cpu = ImportBench.cpuSeconds();
        List<KpiRow> fresh = cache.run(lake, query);
        double freshSeconds = seconds(t);
        out.printf(
                "full KPI set after the import: %.3f s (%.2f CPU-s; %d engine runs, %d of %d file x month units"
                        + " recomputed), load %.2f%n",
                freshSeconds,
                ImportBench.cpuSeconds() - cpu,
                cache.engineRuns() - runsBefore,
                cache.unitsComputed() - unitsBefore,
                4 * 12,
                load());

        t = System.nanoTime();
        cpu = ImportBench.cpuSeconds();
        List<KpiRow> scratch = new DuckDbEngine(lake).run(query);
        double fullSeconds = seconds(t);
        double fullCpu = ImportBench.cpuSeconds() - cpu;
        boolean identical = fresh.equals(scratch);
        boolean changed = !fresh.equals(before);
        out.printf(
                "full recompute from scratch: %.2f s (%.2f CPU-s), %,d rows; the import changed the KPI set: %s; peak RSS %,d MiB,"
                        + " load %.2f%n",
                fullSeconds, fullCpu, scratch.size(), changed ? "yes" : "no", PeakMemory.residentMiB(), load());
        out.printf(
                "freshness: %.3f s after a one-day import; full recompute %.2f s; import %,.0f rows/s; numbers"
                        + " identical: %s%n",
                freshSeconds, fullSeconds, rowsPerSecond, identical ? "yes" : "no");
        return identical;
    }

    /**
     * Writes one more day of contacts as canonical CSV: the contacts of {@code lastDay} (UTC) again, one hour later,
     * with new ids; returns the rows written.
     */
    static long writeOneMoreDay(Lake lake, LocalDate lastDay, Path csv) throws Exception {
        try (Connection c = DuckDb.open(ZoneId.of("UTC"));
                Statement statement = c.createStatement()) {
            return statement.executeUpdate(
                    "COPY (SELECT 'day-' || interaction_id AS interaction_id, handled_by, site, channel,"
                            + " queue, region, customer_id, is_customer, arrived_at + INTERVAL 1 HOUR AS arrived_at,"
                            + " answered_at + INTERVAL 1 HOUR AS answered_at, ended_at + INTERVAL 1 HOUR AS ended_at,"
                            + " handle_seconds, transferred, resolved, complaint, agent_id, csat, nps, qa_score FROM "
                            + lake.snapshot().duckDbRelation(LakeDataset.INTERACTIONS)
                            + " WHERE arrived_at >= TIMESTAMPTZ '"
                            + lastDay + " 00:00:00+00' AND arrived_at < TIMESTAMPTZ '" + lastDay.plusDays(1)
                            + " 00:00:00+00') TO '" + csv + "' (HEADER)");
        }
    }

    public static void main(String[] args) throws Exception {
        long contacts = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("steward-freshness");
        System.exit(run(contacts, work, System.out) ? 0 : 1);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static void delete(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
