package com.steward.analytics.bench;

import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportReport;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
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
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                            .getSystemLoadAverage());
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
        return ((com.sun.management.OperatingSystemMXBean)
                                java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1e9;
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
