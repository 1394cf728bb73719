package com.steward.app.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.app.cli.StewardCommand;
import com.steward.core.staffing.ErlangA;
import com.steward.core.staffing.ErlangC;
import com.steward.core.staffing.Fte;
import com.steward.core.staffing.RequiredAgents;
import com.steward.core.staffing.StaffingInput;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code steward staffing …} run in-process: JSON equal to core's functions, the reference cases, exit codes. */
class StaffingCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int exitCode, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new CommandLine(new StewardCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void erlangCMatchesTheReferenceCaseAndCoresFunctions() {
        ReferenceCases.Case wait = ReferenceCases.byId("C01");
        assertThat(wait.agrees()).isTrue();
        String calls = wait.get("calls_per_interval");
        String interval = wait.get("interval_s");
        String aht = wait.get("aht_s");
        String target = wait.get("target_time_s");
        String agents = wait.get("agents");
        Run run = run(
                "staffing",
                "erlang-c",
                "--calls",
                calls,
                "--interval-seconds",
                interval,
                "--aht-seconds",
                aht,
                "--agents",
                agents,
                "--target-seconds",
                target,
                "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("probability_of_wait").asDouble())
                .isCloseTo(wait.number("expected"), within(wait.number("tolerance")));
        for (String id : new String[] {"C02", "C03"}) {
            ReferenceCases.Case c = ReferenceCases.byId(id);
            assertThat(json.get(c.get("metric")).asDouble())
                    .as(id)
                    .isCloseTo(c.number("expected"), within(c.number("tolerance")));
        }
        double a = Double.parseDouble(calls) * Double.parseDouble(aht) / Double.parseDouble(interval);
        int n = Integer.parseInt(agents);
        assertThat(json.get("probability_of_wait").asDouble()).isEqualTo(ErlangC.probabilityOfWait(a, n));
        assertThat(json.get("service_level").asDouble())
                .isEqualTo(ErlangC.serviceLevel(a, n, Double.parseDouble(target), Double.parseDouble(aht)));
        assertThat(json.get("asa_seconds").asDouble())
                .isEqualTo(ErlangC.averageSpeedOfAnswer(a, n, Double.parseDouble(aht)));
        assertThat(json.get("occupancy").asDouble()).isEqualTo(a / n);
        assertThat(json.get("stable").asBoolean()).isTrue();
    }

    @Test
    void targetServiceLevelGivesRequiredAgentsAndFteAsInTheReference() {
        ReferenceCases.Case raw = ReferenceCases.byId("C04");
        ReferenceCases.Case withShrinkage = ReferenceCases.byId("C05");
        Run run = run(
                "staffing",
                "erlang-c",
                "--calls",
                raw.get("calls_per_interval"),
                "--interval-seconds",
                raw.get("interval_s"),
                "--aht-seconds",
                raw.get("aht_s"),
                "--target-seconds",
                raw.get("target_time_s"),
                "--target-sl",
                raw.get("target_sl"),
                "--max-occupancy",
                "0.85",
                "--shrinkage",
                "0.3",
                "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("required_agents").asInt()).isEqualTo((int) raw.number("expected"));
        assertThat(json.get("rounded_fte").asInt()).isEqualTo((int) withShrinkage.number("expected"));
        StaffingInput input = new StaffingInput(
                raw.number("calls_per_interval"),
                raw.number("interval_s"),
                raw.number("aht_s"),
                raw.number("target_time_s"));
        var core = RequiredAgents.forServiceLevel(input, raw.number("target_sl"), 0.85);
        assertThat(json.get("required_agents").asInt()).isEqualTo(core.agents());
        assertThat(json.get("service_level").asDouble())
                .isEqualTo(core.metrics().serviceLevel());
        assertThat(json.get("fte").asDouble())
                .isEqualTo(Fte.fromAgents(core.agents(), 0.3).fte());
    }

    @Test
    void erlangAAddsTheProbabilityOfAbandoningFromTheReference() {
        ReferenceCases.Case wait = ReferenceCases.byId("A01");
        ReferenceCases.Case abandon = ReferenceCases.byId("A02");
        Run run = run(
                "staffing",
                "erlang-a",
                "--calls",
                wait.get("calls_per_interval"),
                "--interval-seconds",
                wait.get("interval_s"),
                "--aht-seconds",
                wait.get("aht_s"),
                "--agents",
                wait.get("agents"),
                "--patience-seconds",
                wait.get("mean_patience_s"),
                "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("probability_of_wait").asDouble())
                .isCloseTo(wait.number("expected"), within(wait.number("tolerance")));
        assertThat(json.get("probability_of_abandon").asDouble())
                .isCloseTo(abandon.number("expected"), within(abandon.number("tolerance")));
        StaffingInput input = new StaffingInput(
                wait.number("calls_per_interval"), wait.number("interval_s"), wait.number("aht_s"), 20);
        assertThat(json.get("probability_of_abandon").asDouble())
                .isEqualTo(ErlangA.probabilityOfAbandon(
                        input, wait.number("mean_patience_s"), (int) wait.number("agents")));
    }

    @Test
    void anUnstableQueueIsReportedAsSuchWithANullWait() {
        Run run = run("staffing", "erlang-c", "--calls", "100", "--aht-seconds", "180", "--agents", "10", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("stable").asBoolean()).isFalse();
        assertThat(run.json().get("asa_seconds").isNull()).isTrue();
        Run human = run("staffing", "erlang-c", "--calls", "100", "--aht-seconds", "180", "--agents", "10");
        assertThat(human.out()).contains("NO: the queue grows without bound").contains("infinite");
    }

    @Test
    void badValuesExitWithTwoNamingTheOption() {
        assertUsageError(
                run("staffing", "erlang-c", "--calls", "1e9", "--aht-seconds", "180", "--target-sl", "0.8"), "--calls");
        assertUsageError(
                run("staffing", "erlang-c", "--calls", "-5", "--aht-seconds", "180", "--agents", "14"), "--calls");
        assertUsageError(
                run("staffing", "erlang-c", "--calls", "100", "--aht-seconds", "0", "--agents", "14"), "--aht-seconds");
        assertUsageError(
                run("staffing", "erlang-c", "--calls", "100", "--aht-seconds", "180", "--target-sl", "1.2"),
                "--target-sl");
        assertUsageError(
                run(
                        "staffing",
                        "erlang-c",
                        "--calls",
                        "100",
                        "--aht-seconds",
                        "180",
                        "--agents",
                        "14",
                        "--shrinkage",
                        "1"),
                "--shrinkage");
        assertUsageError(
                run(
                        "staffing",
                        "erlang-c",
                        "--calls",
                        "100",
                        "--aht-seconds",
                        "180",
                        "--agents",
                        "14",
                        "--target-sl",
                        "0.8"),
                "--agents");
        assertUsageError(run("staffing", "erlang-c", "--calls", "100", "--aht-seconds", "180"), "--agents");
        assertUsageError(
                run("staffing", "erlang-a", "--calls", "100", "--aht-seconds", "180", "--agents", "14"),
                "--patience-seconds");
    }

    @Test
    void planPrintsAgentsPerIntervalAndTotals(@TempDir Path dir) throws IOException {
        Path forecast = dir.resolve("forecast.csv");
        Files.writeString(forecast, StaffingCalculator.sampleForecastCsv());
        Run run = run(
                "staffing",
                "plan",
                "--forecast",
                forecast.toString(),
                "--target-sl",
                "0.8",
                "--shrinkage",
                "0.3",
                "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("intervals").size()).isEqualTo(24);
        PlanResult expected = StaffingCalculator.plan(
                StaffingCalculator.sampleForecast(), new PlanQuery(0.8, null, 20.0, null, null, 0.3));
        assertThat(json.get("paid_hours").asDouble()).isEqualTo(expected.paidHours());
        assertThat(json.get("peak_agents").asInt()).isEqualTo(expected.peakAgents());
        assertThat(json.get("intervals").get(0).get("agents").asInt())
                .isEqualTo(expected.intervals().getFirst().agents());

        Run csv = run("staffing", "plan", "--forecast", forecast.toString(), "--csv");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out().lines().count()).isEqualTo(25);
        Run table = run("staffing", "plan", "--forecast", forecast.toString());
        assertThat(table.out()).contains("paid hours");
    }

    @Test
    void aMalformedForecastExitsWithTwoGivingFileLineAndColumn(@TempDir Path dir) throws IOException {
        Path forecast = dir.resolve("bad.csv");
        Files.writeString(
                forecast, "interval_start,contacts,aht_seconds\n2025-03-03T08:00,100,180\n2025-03-03T08:30,lots,180\n");
        Run run = run("staffing", "plan", "--forecast", forecast.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(forecast + ":3:2: expected a number >= 0 of contacts, found 'lots'");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "");
        assertThat(run("staffing", "plan", "--forecast", empty.toString()).exitCode())
                .isEqualTo(2);
        assertThat(run(
                                "staffing",
                                "plan",
                                "--forecast",
                                dir.resolve("missing.csv").toString())
                        .exitCode())
                .isEqualTo(2);
    }

    private static void assertUsageError(Run run, String option) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains(option);
    }
}
