package com.steward.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.app.cli.StewardCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code steward import …} and {@code steward kpi …} run in-process against a fresh data directory: exit codes,
 * the summary with file:line:column reasons, the progress bar on stderr and the JSON shape.
 */
class ImportAndKpiCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    record Run(int exitCode, String out, String err) {}

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] withDataDir = new String[args.length + 2];
        withDataDir[0] = "--data-dir";
        withDataDir[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, withDataDir, 2, args.length);
        int code = new CommandLine(new StewardCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(err, true))
                .execute(withDataDir);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void importsRecordsRejectsAndReportsKpisAsJson() {
        Path good =
                IngestFixtures.write(dir, "good.csv", IngestFixtures.interactionsCsv("g", List.of("inhouse"), 400, 1));
        Path bad = IngestFixtures.write(dir, "bad.csv", IngestFixtures.csvWithBadCsat("b", "inhouse"));

        Run stored = run("import", "interactions", good.toString(), "--source", "acd");
        assertThat(stored.exitCode()).as(stored.out() + stored.err()).isZero();
        assertThat(stored.out()).contains("good.csv: stored · 400 rows read · 400 accepted · 0 rejected · import #1");
        assertThat(stored.err()).contains("\r").contains("rows/s");

        Run rejected = run("import", "interactions", bad.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.out())
                .contains("bad.csv: rejected")
                .contains(bad + ":4:csat:")
                .contains("rejected rows: ");

        Run accepted = run("import", "interactions", bad.toString(), "--policy", "accept-good");
        assertThat(accepted.exitCode()).isZero();
        assertThat(accepted.out()).contains("4 accepted · 1 rejected");

        Run json = run("kpi", "--from", "2026-01-01", "--to", "2026-03-31", "--by", "handled_by,month", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode rows = JSON.readTree(json.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3);
        JsonNode first = rows.get(0);
        assertThat(first.get("handled_by").asText()).isEqualTo("inhouse");
        assertThat(first.get("month").asText()).isEqualTo("2026-01");
        for (String metric : List.of("offered", "service_level", "asa", "aht", "fcr", "csat", "nps", "qa")) {
            assertThat(first.get(metric)).as(metric).isNotNull();
            assertThat(first.get(metric).has("value")).isTrue();
            assertThat(first.get(metric).has("numerator")).isTrue();
            assertThat(first.get(metric).has("denominator")).isTrue();
        }
        assertThat(first.get("csat").has("low")).isTrue();
        assertThat(first.get("offered").has("low")).isFalse();

        Run scoped = run(
                "kpi",
                "--from",
                "2026-01-01",
                "--to",
                "2026-03-31",
                "--by",
                "handled_by",
                "--vendor",
                "acme",
                "--json");
        assertThat(JSON.readTree(scoped.out())).isEmpty();

        Run csv = run("kpi", "--from", "2026-01-01", "--to", "2026-03-31", "--by", "month", "--csv");
        assertThat(csv.out()).startsWith("month,metric,value,numerator,denominator,low,high,n\n2026-01,");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("import", "interactions", dir.resolve("missing.csv").toString())
                        .exitCode())
                .isEqualTo(2);
        Path good = IngestFixtures.write(dir, "g.csv", IngestFixtures.interactionsCsv("u", List.of("inhouse"), 5, 1));
        assertThat(run("import", "interactions", good.toString(), "--policy", "maybe")
                        .exitCode())
                .isEqualTo(2);
        Run unknownMapping = run("import", "interactions", good.toString(), "--mapping", "nope");
        assertThat(unknownMapping.exitCode()).isEqualTo(2);
        assertThat(unknownMapping.err()).contains("no column mapping 'nope'");
        assertThat(run("kpi", "--from", "2026-01-01", "--to", "2026-03-31", "--by", "colour")
                        .exitCode())
                .isEqualTo(2);
        assertThat(run("kpi", "--from", "2026-04-01", "--to", "2026-03-31").exitCode())
                .isEqualTo(2);
    }
}
