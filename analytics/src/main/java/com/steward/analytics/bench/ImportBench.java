package com.steward.analytics.bench;

import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times canonical CSV → lake. Usage: {@code ImportBench rows workDir [runs [incremental]]}. Writes
 * {@code workDir/canonical-<rows>.csv} once (synthetic canonical rows, the format {@code KpiBench} exports: ISO
 * timestamps with offset, 4 handlers, 12 months), then imports it into a fresh lake {@code runs} times
 * (REJECT_FILE, full validation) and prints rows/s per run. With {@code incremental}, each run then imports the
 * same file twice more into the non-empty lake: as another source (all keys new) and as the same source (every
 * key replaced, so every live file is rewritten).
 */
public final class ImportBench {
    private ImportBench() {}

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("steward-import-bench");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        boolean incremental = args.length > 3 && args[3].equals("incremental");
        Files.createDirectories(work);
        Path csv = work.resolve("canonical-" + rows + ".csv");
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            writeCanonicalCsv(csv, rows);
            System.out.printf("wrote %s (%,d MB) in %.2f s%n", csv, Files.size(csv) >> 20, seconds(t));
        }
        for (int run = 1; run <= runs; run++) {
            Path lakeRoot = work.resolve("lake");
            delete(lakeRoot);
            timedImport(csv, lakeRoot, "bench", "import run " + run);
            if (incremental) {
                timedImport(csv, lakeRoot, "bench-2", "  same rows, other source (new keys) into the lake");
                timedImport(csv, lakeRoot, "bench", "  same rows, same source (every key replaced)");
            }
            delete(lakeRoot);
        }
    }

    /**
     * Times a foreign export through a mapping with expressions and a filter: an ACD log shaped like the preset
     * {@code anonymous-bank} (tab-delimited, time-of-day stages, IVR-only and PHANTOM calls the filter drops) of
     * {@code rows} rows, imported with {@code mapping} (a preset, e.g. {@code preset:anonymous-bank}).
     */
    public static void foreign(long rows, Path work, com.steward.analytics.ingest.ColumnMapping mapping, int runs)
            throws Exception {
        Files.createDirectories(work);
        Path csv = work.resolve("acd-" + rows + ".txt");
        if (!Files.exists(csv)) {
            long t = System.nanoTime();
            writeAcdLog(csv, rows);
            System.out.printf("wrote %s (%,d MB) in %.2f s%n", csv, Files.size(csv) >> 20, seconds(t));
        }
        for (int run = 1; run <= runs; run++) {
            Path lakeRoot = work.resolve("lake");
            delete(lakeRoot);
            long t = System.nanoTime();
            double cpu0 = cpuSeconds();
            ImportReport report = new Importer(Lake.open(lakeRoot))
                    .importInteractions(ImportRequest.of(csv, "acd", ImportPolicy.REJECT_FILE, Set.of("inhouse"))
                            .withMapping(mapping));
            double s = seconds(t);
            double cpu = cpuSeconds() - cpu0;
            System.out.printf(
                    "mapped import run %d (%s: %d expressions%s): %,d rows read, %,d accepted, %,d filtered, %,d"
                            + " rejected in %.2f s wall (%,.0f rows read/s), %.2f s process CPU (%,.0f rows per"
                            + " CPU-second), load %.2f%n",
                    run,
                    mapping.name(),
                    mapping.expressions().size(),
                    mapping.filter() == null ? "" : " and a filter",
                    report.rowsRead(),
                    report.accepted(),
                    report.filtered(),
                    report.rejected(),
                    s,
                    report.rowsRead() / s,
                    cpu,
                    report.rowsRead() / cpu,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            delete(lakeRoot);
        }
    }

    /** A synthetic ACD log in the columns of the {@code anonymous-bank} preset, written by DuckDB. */
    public static void writeAcdLog(Path file, long rows) throws Exception {
        String h = "CAST(hash(i, %d) %% %d AS BIGINT)";
        String start = "(28800 + " + h.formatted(6, 50000) + ")";
        String ivr = "(5 + " + h.formatted(7, 20) + ")";
        String wait = h.formatted(8, 200);
        String talk = "(30 + " + h.formatted(9, 900) + ")";
        String ivrOnly = h.formatted(10, 20) + " = 0";
        String outcome = "CASE WHEN " + ivrOnly + " OR " + h.formatted(11, 10) + " = 0 THEN 'HANG' WHEN "
                + h.formatted(12, 50) + " = 0 THEN 'PHANTOM' ELSE 'AGENT' END";
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            DuckDb.execute(
                    c,
                    "CREATE MACRO hms(x) AS CAST(x // 3600 AS VARCHAR) || ':' || lpad(CAST((x % 3600) // 60 AS VARCHAR), 2, '0')"
                            + " || ':' || lpad(CAST(x % 60 AS VARCHAR), 2, '0')");
            DuckDb.execute(
                    c,
                    "COPY (SELECT \"vru+line\", call_id, customer_id, priority, type, date, hms(s) AS vru_entry,"
                            + " hms(s + v) AS vru_exit, v AS vru_time,"
                            + " CASE WHEN ivr_only THEN '0:00:00' ELSE hms(s + v) END AS q_start,"
                            + " CASE WHEN ivr_only THEN '0:00:00' ELSE hms(s + v + w) END AS q_exit,"
                            + " CASE WHEN ivr_only THEN 0 ELSE w END AS q_time, outcome,"
                            + " CASE WHEN outcome = 'AGENT' THEN hms(s + v + w - 1) ELSE '0:00:00' END AS ser_start,"
                            + " CASE WHEN outcome = 'AGENT' THEN hms(s + v + w - 1 + t) ELSE '0:00:00' END AS ser_exit,"
                            + " CASE WHEN outcome = 'AGENT' THEN t ELSE 0 END AS ser_time,"
                            + " CASE WHEN outcome = 'AGENT' THEN 'AGENT' || CAST(i % 240 AS VARCHAR) ELSE 'NO_SERVER' END AS server"
                            + " FROM (SELECT i, 'AA' || lpad(CAST(i % 100 AS VARCHAR), 4, '0') AS \"vru+line\", i // 100 AS call_id,"
                            + " CASE WHEN " + h.formatted(1, 3) + " = 0 THEN 0 ELSE " + h.formatted(2, 1000000)
                            + " END AS customer_id,"
                            + " " + h.formatted(3, 3) + " AS priority, ['PS','NW','NE','IN','TT'][1 + "
                            + h.formatted(4, 5) + "] AS type,"
                            + " strftime(DATE '1999-01-01' + CAST(" + h.formatted(5, 365)
                            + " AS INTEGER), '%y%m%d') AS date,"
                            + " " + start + " AS s, " + ivr + " AS v, " + wait + " + 1 AS w, " + talk + " AS t,"
                            + " " + ivrOnly + " AS ivr_only, " + outcome + " AS outcome FROM range(" + rows
                            + ") r(i)) calls)"
                            + " TO '" + file + "' (HEADER, DELIMITER '\t')");
        }
    }

    private static void timedImport(Path csv, Path lakeRoot, String source, String label) throws Exception {
        {
            long t = System.nanoTime();
            double cpu0 = cpuSeconds();
            ImportReport report = new Importer(Lake.open(lakeRoot))
                    .importInteractions(ImportRequest.of(
                            csv, source, ImportPolicy.REJECT_FILE, Set.of("inhouse", "acme", "bluesky", "corvid")));
            double s = seconds(t);
            double cpu = cpuSeconds() - cpu0;
            System.out.printf(
                    "%s: %,d MB, %,d rows accepted, %,d rejected in %.2f s wall (%,.0f rows/s, %.0f MB/s),"
                            + " %.2f s process CPU (%,.0f rows per CPU-second), load %.2f%n",
                    label,
                    Files.size(csv) >> 20,
                    report.accepted(),
                    report.rejected(),
                    s,
                    report.accepted() / s,
                    (Files.size(csv) >> 20) / s,
                    cpu,
                    report.accepted() / cpu,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }

    /** Synthetic canonical rows written by DuckDB (quick even for 10^8 rows). */
    static void writeCanonicalCsv(Path csv, long rows) throws Exception {
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            DuckDb.execute(
                    c,
                    "COPY (SELECT 'i' || i AS interaction_id,"
                            + " ['inhouse','acme','bluesky','corvid'][1 + CAST(hash(i, 1) % 4 AS BIGINT)] AS handled_by,"
                            + " 's' || (CAST(hash(i, 2) % 3 AS BIGINT)) AS site,"
                            + " ['voice','chat','email','messaging'][1 + CAST(hash(i, 3) % 4 AS BIGINT)] AS channel,"
                            + " ['billing','technical','sales','retention'][1 + CAST(hash(i, 4) % 4 AS BIGINT)] AS queue,"
                            + " ['GB','DE','FR','ES','IT','NL'][1 + CAST(hash(i, 5) % 6 AS BIGINT)] AS region,"
                            + " 'C' || (CAST(hash(i, 6) % 2000000 AS BIGINT)) AS customer_id, CAST(hash(i, 7) % 3 AS BIGINT) > 0 AS is_customer,"
                            + " TIMESTAMPTZ '2025-04-01 00:00:00+00' + to_microseconds(CAST(CAST(hash(i, 8) % 31536000000000 AS BIGINT) AS BIGINT)) AS arrived_at,"
                            + " CASE WHEN CAST(hash(i, 9) % 10 AS BIGINT) > 0 THEN arrived_at + to_seconds(CAST(CAST(hash(i, 10) % 120 AS BIGINT) AS BIGINT)) END AS answered_at,"
                            + " coalesce(answered_at, arrived_at) + to_seconds(CAST(CAST(hash(i, 11) % 900 AS BIGINT) AS BIGINT)) AS ended_at,"
                            + " CAST(CAST(hash(i, 11) % 900 AS BIGINT) AS DOUBLE) AS handle_seconds, CAST(hash(i, 12) % 10 AS BIGINT) = 0 AS transferred,"
                            + " CAST(hash(i, 13) % 4 AS BIGINT) > 0 AS resolved, CAST(hash(i, 14) % 50 AS BIGINT) = 0 AS complaint,"
                            + " 'ag' || (CAST(hash(i, 15) % 240 AS BIGINT)) AS agent_id,"
                            + " CASE WHEN CAST(hash(i, 16) % 4 AS BIGINT) = 0 THEN 1 + CAST(hash(i, 17) % 5 AS BIGINT) END AS csat,"
                            + " CASE WHEN CAST(hash(i, 18) % 7 AS BIGINT) = 0 THEN CAST(hash(i, 19) % 11 AS BIGINT) END AS nps,"
                            + " CASE WHEN CAST(hash(i, 20) % 16 AS BIGINT) = 0 THEN round((CAST(hash(i, 21) % 1000 AS BIGINT)) / 10.0, 1) END AS qa_score"
                            + " FROM range(" + rows + ") t(i)) TO '" + csv + "' (HEADER, DELIMITER ',')");
        }
    }

    private static void delete(Path path) throws Exception {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** CPU time of this process (JVM and DuckDB threads), a load-independent measure on a shared machine. */
    static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
