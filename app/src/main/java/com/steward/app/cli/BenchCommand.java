package com.steward.app.cli;

import com.steward.analytics.bench.FreshnessBench;
import com.steward.analytics.bench.SimulatorBench;
import com.steward.app.scorecards.RunBatch;
import com.steward.app.scorecards.ScorecardRuns;
import com.steward.app.security.Actors;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code steward bench}: measures Steward's own performance targets on the data directory's data (e.g. the demo
 * company made by {@code steward demo}) and prints the figures. Measurements, not tests: run on a quiet machine.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Measure performance targets on this data directory and print the figures.",
        subcommands = {
            BenchCommand.Scorecards.class,
            BenchCommand.ReviewPack.class,
            BenchCommand.Kpi.class,
            BenchCommand.Freshness.class,
            BenchCommand.Import.class,
            BenchCommand.Simulator.class,
            BenchMappingPreview.class
        })
class BenchCommand {

    @ParentCommand
    StewardCommand root;

    /** Scorecard runs for every contract over a month range (issue target: 12 months of the demo ≤ 5 s). */
    @Command(
            name = "scorecards",
            mixinStandardHelpOptions = true,
            description = "Time a scorecard run of every contract over --from..--to (months), --runs times.")
    static class Scorecards implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--from",
                defaultValue = "2025-04",
                paramLabel = "YYYY-MM",
                description = "First month (default ${DEFAULT-VALUE}).")
        String from;

        @Option(
                names = "--to",
                defaultValue = "2026-03",
                paramLabel = "YYYY-MM",
                description = "Last month (default ${DEFAULT-VALUE}).")
        String to;

        @Option(
                names = "--runs",
                defaultValue = "3",
                paramLabel = "N",
                description = "Timed runs after one warm-up (default ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() {
            if (runs < 1 || runs > 50) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be 1..50, was " + runs);
            }
            YearMonth first = YearMonth.parse(from);
            YearMonth last = YearMonth.parse(to);
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = CliContext.start(
                    bench.root.dataDirectory(), "--steward.scorecards.cron=-", "--steward.monitoring.cron=-")) {
                return Actors.as(Actors.system("bench", "Benchmark"), () -> {
                    ScorecardRuns scorecards = context.getBean(ScorecardRuns.class);
                    RunBatch warmUp = scorecards.runAll(first, last);
                    out.printf(
                            "scorecard run, all contracts (%d), %s..%s: warm-up %.2f s, %d run(s), %d error(s)%n",
                            warmUp.total(),
                            first,
                            last,
                            seconds(warmUp),
                            warmUp.runIds().size(),
                            warmUp.errors().size());
                    double best = Double.MAX_VALUE;
                    for (int i = 1; i <= runs; i++) {
                        RunBatch batch = scorecards.runAll(first, last);
                        best = Math.min(best, seconds(batch));
                        out.printf("  run %d: %.2f s%n", i, seconds(batch));
                    }
                    out.printf("best %.2f s (target ≤ 5 s for 12 months of the demo company)%n", best);
                    out.flush();
                    return warmUp.errors().isEmpty() ? 0 : 1;
                });
            }
        }

        private static double seconds(RunBatch batch) {
            return Duration.between(batch.startedAt(), batch.finishedAt()).toMillis() / 1000.0;
        }
    }

    /** Review pack generation for one vendor and period (issue target: "generated in seconds"). */
    @Command(
            name = "review-pack",
            mixinStandardHelpOptions = true,
            description = "Time assembling and rendering the review pack of --vendor for --period, --runs times.")
    static class ReviewPack implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(
                names = "--vendor",
                defaultValue = "acme",
                paramLabel = "CODE",
                description = "Vendor code (default ${DEFAULT-VALUE}).")
        String vendor;

        @Option(
                names = "--period",
                defaultValue = "2026-Q1",
                paramLabel = "PERIOD",
                description = "Quarter (2026-Q1) or month (2026-03) (default ${DEFAULT-VALUE}).")
        String period;

        @Option(
                names = "--runs",
                defaultValue = "5",
                paramLabel = "N",
                description = "Timed runs after one warm-up (default ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() {
            if (runs < 1 || runs > 50) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be 1..50, was " + runs);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = CliContext.start(
                    bench.root.dataDirectory(), "--steward.scorecards.cron=-", "--steward.monitoring.cron=-")) {
                return Actors.as(Actors.system("bench", "Benchmark"), () -> {
                    var packs = context.getBean(com.steward.app.reviewpack.ReviewPacks.class);
                    long vendorId = packs.vendors().stream()
                            .filter(v -> v.code().equals(vendor))
                            .findFirst()
                            .orElseThrow(() -> new CommandLine.ParameterException(
                                    spec.commandLine(), "no vendor with code " + vendor))
                            .id();
                    var warmUp = packs.render(vendorId, period);
                    out.printf(
                            "review pack %s %s: warm-up %d ms, %,d bytes%n",
                            vendor, period, warmUp.renderMillis(), warmUp.pdf().length);
                    long best = Long.MAX_VALUE;
                    for (int i = 1; i <= runs; i++) {
                        var file = packs.render(vendorId, period);
                        best = Math.min(best, file.renderMillis());
                        out.printf("  run %d: %d ms%n", i, file.renderMillis());
                    }
                    out.printf("best %d ms (target: generated in seconds)%n", best);
                    out.flush();
                    return 0;
                });
            }
        }
    }

    /**
     * The KPI engine against the hand-written references on a generated demo lake (issue targets: 10M contacts
     * ≤ 3 s and ≤ 1.5× the fastest hand-written query; 100M ≤ 12× the 10M time in under 8 GB): see
     * {@link com.steward.analytics.bench.KpiBench}.
     */
    @Command(
            name = "kpi",
            mixinStandardHelpOptions = true,
            description = "Time the full KPI set by handled_by x queue x month on a generated demo lake.")
    static class Kpi implements Callable<Integer> {

        @Option(
                names = "--contacts",
                defaultValue = "10000000",
                paramLabel = "N",
                description = "Demo contacts (default ${DEFAULT-VALUE}).")
        long contacts;

        @Option(
                names = "--work",
                defaultValue = "/tmp/steward-bench",
                paramLabel = "DIR",
                description = "Where the lake is generated once and reused (default ${DEFAULT-VALUE}).")
        String work;

        @Option(
                names = "--runs",
                defaultValue = "3",
                paramLabel = "N",
                description = "Timed runs (default ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws Exception {
            com.steward.analytics.bench.KpiBench.main(
                    new String[] {Long.toString(contacts), work, Integer.toString(Math.max(1, runs))});
            return 0;
        }
    }

    /**
     * How fresh the full KPI set is after a one-day import (issue targets on 2 cores: at 10M contacts ≤ 1 s after
     * the import and a full recompute ≤ 3 s; at 100M ≤ 5 s): see {@link FreshnessBench}. Needs no data directory.
     */
    @Command(
            name = "freshness",
            mixinStandardHelpOptions = true,
            description = "Time how long the full KPI set takes to reflect a one-day import into a generated lake.")
    static class Freshness implements Callable<Integer> {

        @Option(
                names = "--contacts",
                defaultValue = "10000000",
                paramLabel = "N",
                description = "Demo contacts over 12 months (default ${DEFAULT-VALUE}).")
        long contacts;

        @Option(
                names = "--work",
                defaultValue = "/tmp/steward-bench",
                paramLabel = "DIR",
                description = "Where the lake is generated (and deleted afterwards) (default ${DEFAULT-VALUE}).")
        String work;

        @Override
        public Integer call() throws Exception {
            return FreshnessBench.run(contacts, Path.of(work), System.out) ? 0 : 1;
        }
    }

    /** Canonical CSV → lake (issue target: ≥ 1,000,000 rows/s): see {@link com.steward.analytics.bench.ImportBench}. */
    @Command(
            name = "import",
            mixinStandardHelpOptions = true,
            description = "Time importing a generated canonical CSV into a fresh lake.")
    static class Import implements Callable<Integer> {

        @Option(
                names = "--rows",
                defaultValue = "10000000",
                paramLabel = "N",
                description = "Rows in the generated CSV (default ${DEFAULT-VALUE}).")
        long rows;

        @Option(
                names = "--work",
                defaultValue = "/tmp/steward-bench",
                paramLabel = "DIR",
                description = "Where the CSV is written once and the lake made (default ${DEFAULT-VALUE}).")
        String work;

        @Option(
                names = "--runs",
                defaultValue = "2",
                paramLabel = "N",
                description = "Timed runs (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(
                names = "--mapping",
                paramLabel = "NAME",
                description = "Import a generated foreign ACD log through this preset (e.g. preset:anonymous-bank)"
                        + " instead of the canonical CSV.")
        String mapping;

        @Override
        public Integer call() throws Exception {
            if (mapping != null) {
                com.steward.analytics.bench.ImportBench.foreign(
                        rows,
                        Path.of(work),
                        com.steward.analytics.ingest.MappingPresets.mapping(mapping),
                        Math.max(1, runs));
                return 0;
            }
            com.steward.analytics.bench.ImportBench.main(
                    new String[] {Long.toString(rows), work, Integer.toString(Math.max(1, runs))});
            return 0;
        }
    }

    /**
     * The demo simulator (issue target: ≥ 1,000,000 simulated contacts per second per core): see
     * {@link SimulatorBench}. Needs no data directory; the generated lake goes to a temporary folder.
     */
    @Command(
            name = "simulator",
            mixinStandardHelpOptions = true,
            description = "Time the demo simulator on one thread, then a generation into a temporary lake.")
    static class Simulator implements Callable<Integer> {

        @Option(
                names = "--contacts",
                defaultValue = "10000000",
                paramLabel = "N",
                description = "Contacts per simulation run (default ${DEFAULT-VALUE}).")
        long contacts;

        @Option(
                names = "--runs",
                defaultValue = "3",
                paramLabel = "N",
                description = "Simulation runs (default ${DEFAULT-VALUE}).")
        int runs;

        @Option(
                names = "--generate",
                defaultValue = "2000000",
                paramLabel = "N",
                description = "Contacts generated into a temporary lake, 0 to skip (default ${DEFAULT-VALUE}).")
        long generate;

        @Override
        public Integer call() throws Exception {
            SimulatorBench.run(contacts, Math.max(1, runs), generate, null, System.out);
            return 0;
        }
    }
}
