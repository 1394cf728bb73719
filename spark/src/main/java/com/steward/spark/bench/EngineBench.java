package com.steward.spark.bench;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.Engine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.simulator.DemoCompany;
import com.steward.spark.SparkEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Spark local[N] against DuckDB on the same generated lake, printed in one run. Usage:
 * {@code EngineBench [contacts=1000000] [workDir] [runs=3]}; system properties {@code bench.master} (local[2]) and
 * {@code bench.shufflePartitions} (8). Generates the demo company ({@link DemoCompany}, 12 months, four handlers)
 * into {@code workDir/lake} unless a lake with the same number of contacts is already there, then times the full
 * KPI set by handled_by × month with each engine and checks the two results are the same.
 */
public final class EngineBench {
    private EngineBench() {}

    public static void main(String[] args) throws Exception {
        long contacts = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("steward-engine-bench");
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        String master = System.getProperty("bench.master", "local[2]");
        Path lakeRoot = work.resolve("lake-" + contacts);
        Path marker = lakeRoot.resolve("_bench_generated");

        DemoCompany.Result demo;
        long t0 = System.nanoTime();
        if (Files.exists(marker)) {
            String[] parts = Files.readString(marker).trim().split(" ");
            demo = new DemoCompany.Result(
                    Long.parseLong(parts[0]),
                    Long.parseLong(parts[1]),
                    YearMonth.parse(parts[2]),
                    YearMonth.parse(parts[3]));
            System.out.printf("lake: reusing %s (%,d contacts)%n", lakeRoot, demo.interactions());
        } else {
            demo = DemoCompany.generate(lakeRoot, 42, contacts, null);
            Files.writeString(
                    marker,
                    demo.interactions() + " " + demo.customerEvents() + " " + demo.firstMonth() + " "
                            + demo.lastMonth());
            System.out.printf(
                    "lake: generated %,d contacts, %,d customer events in %.1f s%n",
                    demo.interactions(), demo.customerEvents(), seconds(t0));
        }
        long bytes;
        try (var files = Files.walk(lakeRoot)) {
            bytes = files.filter(p -> p.toString().endsWith(".parquet"))
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
        KpiQuery query = KpiQuery.of(
                demo.firstMonth().atDay(1), demo.lastMonth().atEndOfMonth(), Dimension.HANDLED_BY, Dimension.MONTH);
        Lake lake = Lake.open(lakeRoot);

        List<Double> duckTimes = new ArrayList<>();
        List<KpiRow> duckRows = time(new DuckDbEngine(lake), query, runs, duckTimes);

        long s0 = System.nanoTime();
        SparkSession spark = SparkSession.builder()
                .appName("steward-engine-bench")
                .master(master)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", System.getProperty("bench.shufflePartitions", "8"))
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        double startup = seconds(s0);
        List<Double> sparkTimes = new ArrayList<>();
        List<KpiRow> sparkRows;
        try {
            sparkRows = time(SparkEngine.local(spark, lake), query, runs, sparkTimes);
        } finally {
            spark.stop();
        }

        int mismatches = mismatches(duckRows, sparkRows);
        System.out.println();
        System.out.printf(
                "contacts %,d | lake %,d MB parquet | query: all %d metrics by handled_by x month, %d rows | cores %d"
                        + " | heap %,d MB%n",
                demo.interactions(),
                bytes >> 20,
                duckRows.isEmpty() ? 0 : duckRows.getFirst().metrics().size(),
                duckRows.size(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%-22s %s | best %.2f s%n", "DuckDB (in-process)", runs(duckTimes), best(duckTimes));
        System.out.printf(
                "%-22s %s | best %.2f s | session start %.1f s%n",
                "Spark " + master, runs(sparkTimes), best(sparkTimes), startup);
        System.out.printf(
                "ratio Spark/DuckDB (best runs): %.1fx | parity: %s%n",
                best(sparkTimes) / best(duckTimes),
                mismatches == 0 ? "identical numerators/denominators, values within 1e-9" : mismatches + " MISMATCHES");
        System.out.printf(
                "peak resident memory %,d MiB (both engines in this JVM; DuckDB memory_limit %s)%n",
                com.steward.analytics.bench.PeakMemory.residentMiB(), com.steward.analytics.lake.DuckDb.memoryLimit());
        if (mismatches > 0) {
            System.exit(1);
        }
    }

    private static List<KpiRow> time(Engine engine, KpiQuery query, int runs, List<Double> times) {
        List<KpiRow> rows = List.of();
        for (int run = 0; run < runs; run++) {
            long t = System.nanoTime();
            rows = engine.run(query);
            times.add(seconds(t));
        }
        return rows;
    }

    private static int mismatches(List<KpiRow> a, List<KpiRow> b) {
        if (a.size() != b.size()) {
            return Math.max(1, Math.abs(a.size() - b.size()));
        }
        int bad = 0;
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).keys().equals(b.get(i).keys())) {
                bad++;
                continue;
            }
            for (var e : a.get(i).metrics().entrySet()) {
                MetricValue x = e.getValue();
                MetricValue y = b.get(i).metric(e.getKey());
                if (y == null
                        || x.numerator() != y.numerator()
                        || x.denominator() != y.denominator()
                        || !sameValue(x.value(), y.value())) {
                    bad++;
                }
            }
        }
        return bad;
    }

    /** Both not reported, or both reported and equal to 1e-9 relative. */
    private static boolean sameValue(Double x, Double y) {
        if (x == null || y == null) {
            return x == y;
        }
        return Double.compare(x, y) == 0 || Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
    }

    private static String runs(List<Double> times) {
        StringBuilder out = new StringBuilder("runs");
        times.forEach(t -> out.append(String.format(" %.2f s", t)));
        return out.toString();
    }

    private static double best(List<Double> times) {
        return times.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
