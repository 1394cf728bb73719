package com.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.KpiResults;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.app.kpi.KpiJson;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steward kpi load-results}: results written by the Spark job print exactly as the app's own KPIs do. */
class KpiLoadResultsCommandTest {

    @TempDir
    Path dir;

    static KpiRow row(String vendor, String month, long csatTop2, long responses) {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("handled_by", vendor);
        keys.put("month", month);
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        var csat = com.steward.analytics.kpi.KpiSql.proportion(csatTop2, responses);
        metrics.put("csat", csat);
        metrics.put(
                "offered", new MetricValue(responses * 3.0, responses * 3, responses * 3, null, null, responses * 3));
        return new KpiRow(keys, metrics);
    }

    @Test
    void resultsFromTheSparkJobPrintAsTheSameJsonAsTheKpiCommand() throws Exception {
        List<KpiRow> rows = List.of(row("acme", "2026-01", 80, 100), row("inhouse", "2026-01", 170, 200));
        try (Writer out = Files.newBufferedWriter(dir.resolve(KpiResults.FILE))) {
            KpiResults.write(out, rows);
        }
        StewardCommandTest.Run run = StewardCommandTest.run("kpi", "load-results", dir.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(KpiJson.text(rows, true).strip());

        StewardCommandTest.Run table = StewardCommandTest.run("kpi", "load-results", dir.toString());
        assertThat(table.out()).contains("acme").contains("inhouse").contains("80.0");
    }

    @Test
    void aMetricNoContactReportsPrintsNotReportedInTheTableAndNullWithNZeroInJsonAndCsv() throws Exception {
        // acme had 300 contacts and no survey response: its CSAT is not reported, never 0 %.
        List<KpiRow> rows = List.of(row("acme", "2026-01", 0, 0), row("inhouse", "2026-01", 170, 200));
        try (Writer out = Files.newBufferedWriter(dir.resolve(KpiResults.FILE))) {
            KpiResults.write(out, rows);
        }
        StewardCommandTest.Run table = StewardCommandTest.run("kpi", "load-results", dir.toString());
        assertThat(table.exitCode()).isZero();
        String acme = table.out()
                .lines()
                .filter(l -> l.startsWith("acme"))
                .findFirst()
                .orElseThrow();
        assertThat(acme).contains("not reported").doesNotContain("0.0");

        StewardCommandTest.Run json = StewardCommandTest.run("kpi", "load-results", dir.toString(), "--json");
        var parsed = tools.jackson.databind.json.JsonMapper.builder().build().readTree(json.out());
        var csat = parsed.get(0).get("csat");
        assertThat(csat.get("value").isNull()).isTrue();
        assertThat(csat.get("n").asLong()).isZero();
        assertThat(csat.has("low")).isFalse();
        assertThat(parsed.get(1).get("csat").get("value").asDouble()).isEqualTo(0.85);

        StewardCommandTest.Run csv = StewardCommandTest.run("kpi", "load-results", dir.toString(), "--csv");
        assertThat(csv.out()).contains("acme,2026-01,csat,,0,0,,,0");
    }

    @Test
    void aBrokenResultsFileIsReportedWithItsLineAndExitCode1() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        StringWriter good = new StringWriter();
        KpiResults.write(good, List.of(row("acme", "2026-01", 1, 2)));
        Files.writeString(file, good + "{not json\n");
        StewardCommandTest.Run run = StewardCommandTest.run("kpi", "load-results", file.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.jsonl line 2");
    }

    @Test
    void theKpiCommandStillRequiresItsDateRange() {
        StewardCommandTest.Run run = StewardCommandTest.run("kpi", "--by", "handled_by");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--from");
    }
}
