package com.steward.app.cli;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiResults;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.app.kpi.KpiJson;
import com.steward.app.kpi.KpiRequests;
import com.steward.app.lake.InteractionLake;
import com.steward.app.web.InvalidRequestException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code steward kpi}: KPIs from the lake as a table, JSON (the REST API's shape) or CSV. Reads the lake
 * through its gateway; {@code --vendor} restricts {@code handled_by} in the SQL the way a VENDOR user's scope does.
 */
@Command(
        name = "kpi",
        mixinStandardHelpOptions = true,
        description = "Compute KPIs from the interaction lake for a date range, grouped.",
        subcommands = KpiCommand.LoadResults.class)
class KpiCommand implements Callable<Integer> {

    /** Metrics of the plain table when --metrics is not given. */
    static final List<String> TABLE_METRICS =
            List.of("offered", "service_level", "abandonment_rate", "asa", "aht", "fcr", "csat", "nps", "qa");

    @ParentCommand
    StewardCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "First day, inclusive (YYYY-MM-DD).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day, inclusive (YYYY-MM-DD).")
    String to;

    @Option(
            names = "--by",
            paramLabel = "DIMS",
            defaultValue = "",
            description = "Comma list of handled_by, site, channel, queue, region, agent and at most one of day,"
                    + " week, month, quarter. Default: one total row.")
    String by;

    @Option(names = "--metrics", paramLabel = "IDS", description = "Comma list of metric ids (default: all).")
    String metrics;

    @Option(names = "--vendor", paramLabel = "CODE", split = ",", description = "Only contacts these handlers handled.")
    List<String> vendors;

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Format format;

    static class Format {
        @Option(
                names = "--json",
                description = "Print JSON: a list of rows, each metric {value, numerator, denominator, low, high, n}.")
        boolean json;

        @Option(names = "--csv", description = "Print CSV, one line per group and metric.")
        boolean csv;
    }

    @Override
    public Integer call() {
        if (from == null || to == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Missing required options: '--from=DATE', '--to=DATE'");
        }
        KpiQuery query;
        try {
            query = KpiRequests.parse(from, to, by, metrics);
        } catch (InvalidRequestException e) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "Invalid value for option '--" + e.field() + "': " + e.getMessage());
        }
        if (vendors != null && !vendors.isEmpty()) {
            query = query.withVendors(new LinkedHashSet<>(vendors));
        }
        List<KpiRow> rows = InteractionLake.at(root.dataDirectory().path()).kpis(query);
        List<String> keyNames = new ArrayList<>();
        query.groupBy().forEach(d -> keyNames.add(d.key()));
        print(
                spec.commandLine().getOut(),
                rows,
                keyNames,
                format,
                metrics == null ? TABLE_METRICS : List.copyOf(query.metrics()));
        return 0;
    }

    private static void print(
            PrintWriter out, List<KpiRow> rows, List<String> keyNames, Format format, List<String> ids) {
        if (format != null && format.json) {
            out.println(KpiJson.text(rows, true));
        } else if (format != null && format.csv) {
            KpiJson.csv(rows, keyNames, out);
        } else {
            table(out, rows, keyNames, ids);
        }
        out.flush();
    }

    /**
     * {@code steward kpi load-results DIR}: reads KPI results computed elsewhere — the Spark job's
     * {@code kpi-results.jsonl} — and prints them like {@code steward kpi} does.
     */
    @Command(
            name = "load-results",
            mixinStandardHelpOptions = true,
            description = "Read KPI results written by the Spark job (DIR/kpi-results.jsonl) and print them.")
    static class LoadResults implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "DIR", description = "The job's --out folder, or the .jsonl file itself.")
        Path results;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Format format;

        @Override
        public Integer call() {
            List<KpiRow> rows;
            try {
                rows = KpiResults.read(results);
            } catch (RuntimeException e) {
                spec.commandLine().getErr().println("steward kpi load-results: " + e.getMessage());
                return 1;
            }
            List<String> keyNames = rows.isEmpty()
                    ? List.of()
                    : List.copyOf(rows.getFirst().keys().keySet());
            List<String> ids = TABLE_METRICS.stream()
                    .filter(id -> rows.isEmpty() || rows.getFirst().metric(id) != null)
                    .toList();
            print(spec.commandLine().getOut(), rows, keyNames, format, ids);
            return 0;
        }
    }

    private static void table(PrintWriter out, List<KpiRow> rows, List<String> keys, List<String> ids) {
        if (rows.isEmpty()) {
            out.println("No contacts in this range (is the lake empty? try: steward demo)");
            return;
        }
        StringBuilder head = new StringBuilder();
        keys.forEach(k -> head.append(String.format(Locale.ROOT, "%-12s ", k)));
        ids.forEach(id -> head.append(String.format(Locale.ROOT, "%16s ", id)));
        out.println(head.toString().stripTrailing());
        for (KpiRow row : rows) {
            StringBuilder line = new StringBuilder();
            keys.forEach(k -> line.append(String.format(
                    Locale.ROOT, "%-12s ", String.valueOf(row.keys().get(k)))));
            for (String id : ids) {
                MetricValue v = row.metric(id);
                line.append(String.format(Locale.ROOT, "%16s ", v == null ? "" : format(v, KpiCatalogue.byId(id))));
            }
            out.println(line.toString().stripTrailing());
        }
        out.println("(ratios in %; [95% interval]; not reported = no contact carries the metric's inputs, n = 0;"
                + " --json or --csv for numerators and denominators)");
    }

    private static String format(MetricValue v, KpiCatalogue.Metric metric) {
        if (!v.reported()) {
            return "not reported";
        }
        double scale = metric.unit() == KpiCatalogue.Unit.RATIO ? 100 : 1;
        String value = metric.unit() == KpiCatalogue.Unit.COUNT
                ? String.format(Locale.ROOT, "%,d", v.numerator())
                : String.format(Locale.ROOT, "%.1f", v.value() * scale);
        if (v.low() != null && v.high() != null && metric.unit() != KpiCatalogue.Unit.COUNT) {
            value += String.format(Locale.ROOT, " [%.0f-%.0f]", v.low() * scale, v.high() * scale);
        }
        return value;
    }
}
