package com.steward.spark;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiResults;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.KpiSettings;
import com.steward.analytics.kpi.VendorFilter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;

/**
 * The cluster job: every KPI of a date range over the lake at {@code --lake}, written as JSON lines
 * ({@link KpiResults}) to {@code --out}.
 *
 * <pre>
 * spark-submit --class com.steward.spark.KpiJob --master yarn steward-spark-job.jar \
 *     --lake hdfs:///steward/lake --from 2026-01-01 --to 2026-03-31 --by handled_by,month \
 *     --out hdfs:///steward/results/2026-q1 [--vendors acme,bluesky] [--metrics fcr,aht] [--zone Europe/Berlin]
 * </pre>
 *
 * The output folder gets {@value KpiResults#FILE} (written next to it first, then renamed) and an empty
 * {@code _SUCCESS}; an existing result file is replaced.
 */
public final class KpiJob {
    private KpiJob() {}

    /** The parsed command line. */
    record Arguments(String lake, KpiQuery query, String out) {}

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("KpiJob: " + e.getMessage());
            System.err.println("usage: KpiJob --lake URI --from YYYY-MM-DD --to YYYY-MM-DD --out DIR"
                    + " [--by handled_by,month] [--vendors a,b] [--metrics id,id] [--zone Europe/Berlin]");
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("steward-kpi").getOrCreate();
        try {
            long start = System.nanoTime();
            List<KpiRow> rows = run(spark, arguments);
            System.out.printf(
                    "KpiJob: %d rows (%s) from %s to %s in %.1f s%n",
                    rows.size(),
                    arguments.query().groupBy().isEmpty()
                            ? "no grouping"
                            : String.join(
                                    " x ",
                                    arguments.query().groupBy().stream()
                                            .map(Dimension::key)
                                            .toList()),
                    arguments.lake(),
                    arguments.out() + "/" + KpiResults.FILE,
                    (System.nanoTime() - start) / 1e9);
        } finally {
            spark.stop();
        }
    }

    /** Runs the query of {@code arguments} and writes the results; returns the rows written. */
    static List<KpiRow> run(SparkSession spark, Arguments arguments) {
        List<KpiRow> rows = SparkEngine.at(spark, arguments.lake()).run(arguments.query());
        write(spark.sparkContext().hadoopConfiguration(), arguments.out(), rows);
        return rows;
    }

    /** Writes {@code rows} to {@code dir}/{@value KpiResults#FILE} through Hadoop's file system API. */
    static void write(Configuration conf, String dir, List<KpiRow> rows) {
        String base =
                dir.contains(":/") ? dir : Path.of(dir).toAbsolutePath().toUri().toString();
        try {
            FileSystem fs = FileSystem.get(URI.create(base), conf);
            var folder = new org.apache.hadoop.fs.Path(base);
            fs.mkdirs(folder);
            var tmp = new org.apache.hadoop.fs.Path(folder, "." + KpiResults.FILE + ".tmp");
            var target = new org.apache.hadoop.fs.Path(folder, KpiResults.FILE);
            try (Writer writer = new OutputStreamWriter(fs.create(tmp, true), StandardCharsets.UTF_8)) {
                KpiResults.write(writer, rows);
            }
            fs.delete(target, false);
            if (!fs.rename(tmp, target)) {
                throw new IOException("cannot rename " + tmp + " to " + target);
            }
            fs.create(new org.apache.hadoop.fs.Path(folder, "_SUCCESS"), true).close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write KPI results to " + dir + ": " + e.getMessage(), e);
        }
    }

    static Arguments parse(String... args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + Arrays.toString(args));
            }
            options.put(name.substring(2), args[++i]);
        }
        for (String required : List.of("lake", "from", "to", "out")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("missing --" + required);
            }
        }
        for (String name : options.keySet()) {
            if (!Set.of("lake", "from", "to", "out", "by", "vendors", "metrics", "zone")
                    .contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
        }
        List<Dimension> groupBy =
                list(options.get("by")).stream().map(Dimension::fromKey).toList();
        KpiSettings settings = KpiSettings.defaults();
        if (options.containsKey("zone")) {
            settings = settings.withZone(ZoneId.of(options.get("zone")));
        }
        VendorFilter vendors =
                options.containsKey("vendors") ? VendorFilter.only(list(options.get("vendors"))) : VendorFilter.all();
        Set<String> metrics = Set.copyOf(list(options.get("metrics")));
        KpiQuery query = new KpiQuery(
                LocalDate.parse(options.get("from")),
                LocalDate.parse(options.get("to")),
                groupBy,
                vendors,
                metrics,
                settings);
        return new Arguments(options.get("lake"), query, options.get("out"));
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
