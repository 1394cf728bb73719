package com.steward.app.cli;

import com.steward.app.staffing.PlanQuery;
import com.steward.app.staffing.PlanResult;
import com.steward.app.staffing.QueueQuery;
import com.steward.app.staffing.QueueResult;
import com.steward.app.staffing.StaffingCalculator;
import com.steward.app.web.InvalidRequestException;
import com.steward.core.staffing.Forecast;
import com.steward.core.staffing.ForecastCsv;
import com.steward.core.staffing.ForecastFormatException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code steward staffing}: Erlang C / Erlang A calculations and interval plans, without starting
 * the application. JSON output uses the REST API's records with snake_case names.
 */
@Command(
        name = "staffing",
        description = "Staffing maths: Erlang C, Erlang A and interval plans.",
        mixinStandardHelpOptions = true,
        subcommands = {
            StaffingCommand.ErlangCCommand.class,
            StaffingCommand.ErlangACommand.class,
            StaffingCommand.PlanCommand.class
        })
class StaffingCommand implements Callable<Integer> {

    static final JsonMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .changeDefaultPropertyInclusion(inclusion ->
                    inclusion.withValueInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL))
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** Option names of the query fields, so that errors name what the user typed. */
    static final Map<String, String> OPTION_OF_FIELD = Map.ofEntries(
            Map.entry("calls", "--calls"),
            Map.entry("intervalSeconds", "--interval-seconds"),
            Map.entry("ahtSeconds", "--aht-seconds"),
            Map.entry("targetSeconds", "--target-seconds"),
            Map.entry("agents", "--agents"),
            Map.entry("targetServiceLevel", "--target-sl"),
            Map.entry("targetAsaSeconds", "--target-asa-seconds"),
            Map.entry("maxOccupancy", "--max-occupancy"),
            Map.entry("shrinkage", "--shrinkage"),
            Map.entry("patienceSeconds", "--patience-seconds"));

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    /** A validation failure as a picocli usage error (exit code 2) naming the option. */
    static ParameterException usageError(CommandSpec spec, InvalidRequestException e) {
        String option = OPTION_OF_FIELD.getOrDefault(e.field(), e.field());
        String message = e.getMessage();
        for (Map.Entry<String, String> field : OPTION_OF_FIELD.entrySet()) {
            message = message.replaceAll("\\b" + field.getKey() + "\\b", field.getValue());
        }
        return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + message);
    }

    /** Workload options shared by erlang-c and erlang-a. */
    static class QueueOptions {
        @Option(names = "--calls", required = true, paramLabel = "N", description = "Contacts offered in the interval.")
        double calls;

        @Option(
                names = "--interval-seconds",
                defaultValue = "1800",
                paramLabel = "S",
                description = "Interval length in seconds (default: ${DEFAULT-VALUE}).")
        double intervalSeconds;

        @Option(names = "--aht-seconds", required = true, paramLabel = "S", description = "Average handle time.")
        double ahtSeconds;

        @Option(
                names = "--target-seconds",
                defaultValue = "20",
                paramLabel = "S",
                description = "Service-level threshold T: answered within T seconds (default: ${DEFAULT-VALUE}).")
        double targetSeconds;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Goal goal;

        @Option(
                names = "--max-occupancy",
                paramLabel = "SHARE",
                description = "Occupancy cap when sizing for a goal, in (0, 1].")
        Double maxOccupancy;

        @Option(
                names = "--shrinkage",
                paramLabel = "SHARE",
                description = "Share of paid time off the phones, in [0, 1); adds fte.")
        Double shrinkage;

        @Option(names = "--json", description = "Print JSON.")
        boolean json;

        QueueQuery query(Double patienceSeconds) {
            Goal g = goal == null ? new Goal() : goal;
            return new QueueQuery(
                    calls,
                    intervalSeconds,
                    ahtSeconds,
                    targetSeconds,
                    g.agents,
                    g.targetServiceLevel,
                    g.targetAsaSeconds,
                    maxOccupancy,
                    shrinkage,
                    patienceSeconds);
        }
    }

    /** Exactly one of: agents to evaluate, a service-level goal, an ASA goal. */
    static class Goal {
        @Option(names = "--agents", paramLabel = "N", description = "Agents to evaluate.")
        Integer agents;

        @Option(
                names = "--target-sl",
                paramLabel = "SHARE",
                description = "Size for this service level, e.g. 0.8 (answered within --target-seconds).")
        Double targetServiceLevel;

        @Option(
                names = "--target-asa-seconds",
                paramLabel = "S",
                description = "Size for this average speed of answer.")
        Double targetAsaSeconds;
    }

    @Command(
            name = "erlang-c",
            mixinStandardHelpOptions = true,
            description = "Erlang C (no abandonment): metrics for --agents, or required agents for"
                    + " --target-sl / --target-asa-seconds.")
    static class ErlangCCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        QueueOptions options = new QueueOptions();

        @Override
        public Integer call() {
            QueueResult result;
            try {
                result = StaffingCalculator.erlangC(options.query(null));
            } catch (InvalidRequestException e) {
                throw usageError(spec, e);
            }
            print(spec.commandLine().getOut(), result, options.json);
            return 0;
        }
    }

    @Command(
            name = "erlang-a",
            mixinStandardHelpOptions = true,
            description = "Erlang A (callers abandon after an exponential patience): as erlang-c, plus"
                    + " probability_of_abandon.")
    static class ErlangACommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @CommandLine.Mixin
        QueueOptions options = new QueueOptions();

        @Option(
                names = "--patience-seconds",
                required = true,
                paramLabel = "S",
                description = "Mean time a caller waits before abandoning.")
        double patienceSeconds;

        @Override
        public Integer call() {
            QueueResult result;
            try {
                result = StaffingCalculator.erlangA(options.query(patienceSeconds));
            } catch (InvalidRequestException e) {
                throw usageError(spec, e);
            }
            print(spec.commandLine().getOut(), result, options.json);
            return 0;
        }
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            description = "Agents and FTE per interval for a forecast CSV (interval_start,contacts,aht_seconds).")
    static class PlanCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--forecast", required = true, paramLabel = "FILE", description = "Forecast CSV file.")
        Path forecast;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        PlanGoal goal;

        @Option(names = "--target-seconds", defaultValue = "20", paramLabel = "S", description = "Threshold T.")
        double targetSeconds;

        @Option(names = "--patience-seconds", paramLabel = "S", description = "Use Erlang A with this mean patience.")
        Double patienceSeconds;

        @Option(names = "--max-occupancy", paramLabel = "SHARE", description = "Occupancy cap, in (0, 1].")
        Double maxOccupancy;

        @Option(names = "--shrinkage", defaultValue = "0", paramLabel = "SHARE", description = "Shrinkage, [0, 1).")
        double shrinkage;

        @ArgGroup(exclusive = true, multiplicity = "0..1")
        Format format;

        static class PlanGoal {
            @Option(names = "--target-sl", paramLabel = "SHARE", description = "Service level (default 0.8).")
            Double targetServiceLevel;

            @Option(names = "--target-asa-seconds", paramLabel = "S", description = "ASA goal.")
            Double targetAsaSeconds;
        }

        static class Format {
            @Option(names = "--json", description = "Print JSON.")
            boolean json;

            @Option(names = "--csv", description = "Print CSV, one line per interval.")
            boolean csv;
        }

        @Override
        public Integer call() {
            Double sl = goal == null ? Double.valueOf(0.8) : goal.targetServiceLevel;
            Double asa = goal == null ? null : goal.targetAsaSeconds;
            PlanQuery query = new PlanQuery(sl, asa, targetSeconds, patienceSeconds, maxOccupancy, shrinkage);
            Forecast parsed;
            try {
                query.validate();
                parsed = read(forecast);
            } catch (InvalidRequestException e) {
                throw usageError(spec, e);
            }
            PlanResult plan = StaffingCalculator.plan(parsed, query);
            PrintWriter out = spec.commandLine().getOut();
            if (format != null && format.json) {
                out.println(JSON.writeValueAsString(plan));
            } else if (format != null && format.csv) {
                out.println("interval_start,contacts,aht_seconds,agents,fte,rounded_fte,service_level,asa_seconds,"
                        + "occupancy");
                for (PlanResult.Line l : plan.intervals()) {
                    out.println(String.join(
                            ",",
                            l.start(),
                            num(l.contacts()),
                            num(l.ahtSeconds()),
                            Integer.toString(l.agents()),
                            num(l.fte()),
                            Integer.toString(l.roundedFte()),
                            num(l.serviceLevel()),
                            l.asaSeconds() == null ? "" : num(l.asaSeconds()),
                            num(l.occupancy())));
                }
            } else {
                out.printf(
                        Locale.ROOT,
                        "%-19s %9s %7s %6s %7s %6s %6s %8s%n",
                        "interval_start",
                        "contacts",
                        "aht_s",
                        "agents",
                        "fte",
                        "sl",
                        "occ",
                        "asa_s");
                for (PlanResult.Line l : plan.intervals()) {
                    out.printf(
                            Locale.ROOT,
                            "%-19s %9.1f %7.0f %6d %7.2f %6.3f %6.3f %8s%n",
                            l.start(),
                            l.contacts(),
                            l.ahtSeconds(),
                            l.agents(),
                            l.fte(),
                            l.serviceLevel(),
                            l.occupancy(),
                            l.asaSeconds() == null ? "infinite" : String.format(Locale.ROOT, "%.1f", l.asaSeconds()));
                }
                out.printf(
                        Locale.ROOT,
                        "%ntotal contacts %.1f · peak agents %d · agent hours %.1f · paid hours %.1f"
                                + " (unrounded %.1f) · %s, %d-minute intervals, shrinkage %.2f%n",
                        plan.totalContacts(),
                        plan.peakAgents(),
                        plan.agentHours(),
                        plan.paidHours(),
                        plan.paidHoursUnrounded(),
                        plan.model(),
                        plan.intervalMinutes(),
                        plan.shrinkage());
            }
            return 0;
        }

        private Forecast read(Path file) {
            if (!Files.isRegularFile(file)) {
                throw new InvalidRequestException("forecast", "no such file: " + file);
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return ForecastCsv.parse(reader, null);
            } catch (ForecastFormatException e) {
                throw new ParameterException(
                        spec.commandLine(),
                        file + ":" + e.line() + ":" + e.column() + ": expected " + e.expected()
                                + (e.found() == null ? "" : ", found '" + e.found() + "'"));
            } catch (IOException | UncheckedIOException e) {
                throw new InvalidRequestException("forecast", "cannot read " + file + ": " + e.getMessage());
            }
        }
    }

    static void print(PrintWriter out, QueueResult result, boolean json) {
        if (json) {
            out.println(JSON.writeValueAsString(result));
            return;
        }
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("model", result.model());
        rows.put("offered load (erlangs)", num(result.offeredLoad()));
        if (result.requiredAgents() != null) {
            rows.put("required agents", Integer.toString(result.requiredAgents()));
        } else {
            rows.put("agents", Integer.toString(result.agents()));
        }
        rows.put("stable", result.stable() ? "yes" : "NO: the queue grows without bound (offered load >= agents)");
        rows.put("probability of wait", num(result.probabilityOfWait()));
        rows.put("service level", num(result.serviceLevel()));
        rows.put("ASA (s)", result.asaSeconds() == null ? "infinite" : num(result.asaSeconds()));
        rows.put("occupancy", num(result.occupancy()));
        if (result.probabilityOfAbandon() != null) {
            rows.put("probability of abandon", num(result.probabilityOfAbandon()));
        }
        if (result.fte() != null) {
            rows.put(
                    "FTE (shrinkage " + num(result.shrinkage()) + ")", num(result.fte()) + " → " + result.roundedFte());
        }
        rows.forEach((k, v) -> out.printf(Locale.ROOT, "%-26s %s%n", k, v));
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+$", "$1");
    }
}
