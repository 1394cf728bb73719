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
    void importsSurveyAndQaFeedsWhoseAnswersWinOverTheInlineOnes() {
        String contacts = IngestFixtures.interactionsCsv("f", List.of("inhouse"), 40, 3);
        Path interactions = IngestFixtures.write(dir, "contacts.csv", contacts);
        assertThat(run("import", "interactions", interactions.toString(), "--source", "acd")
                        .exitCode())
                .isZero();
        StringBuilder surveys = new StringBuilder("interaction_id,csat,nps,responded_at\n");
        for (int i = 0; i < 10; i++) {
            surveys.append("f").append(i).append(",1,,2026-03-30T10:00:00Z\n");
        }
        Run stored = run(
                "import",
                "surveys",
                IngestFixtures.write(dir, "surveys.csv", surveys.toString()).toString(),
                "--source",
                "acd");
        assertThat(stored.exitCode()).as(stored.out() + stored.err()).isZero();
        assertThat(stored.out()).contains("surveys.csv: stored · 10 rows read · 10 accepted · 0 rejected");

        // Expected CSAT by hand: f0..f9 answered 1 in the feed (not top-2-box, whatever they said inline); the other
        // contacts keep their inline answer (column 17 of the canonical CSV).
        long responses = 10;
        long top2 = 0;
        String[] lines = contacts.split("\n");
        for (int l = 1; l < lines.length; l++) {
            String[] cells = lines[l].split(",", -1);
            int id = Integer.parseInt(cells[0].substring(1));
            if (id >= 10 && !cells[16].isEmpty()) {
                responses++;
                top2 += Integer.parseInt(cells[16]) >= 4 ? 1 : 0;
            }
        }
        JsonNode csat = JSON.readTree(run("kpi", "--from", "2026-01-01", "--to", "2026-03-31", "--json")
                        .out())
                .get(0)
                .get("csat");
        assertThat(csat.get("denominator").asLong()).isEqualTo(responses);
        assertThat(csat.get("numerator").asLong()).isEqualTo(top2);

        Path qa = IngestFixtures.write(
                dir,
                "qa.csv",
                "interaction_id,evaluator,form,score,evaluated_at\nf1,ann,standard,80,2026-03-30T10:00:00Z\n"
                        + "f1,bob,standard,90,2026-03-30T11:00:00Z\nz9,ann,standard,70,2026-03-30T10:00:00Z\n");
        Run rejected = run("import", "qa", qa.toString(), "--source", "acd");
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.out()).contains(qa + ":4:interaction_id: no interaction 'z9' from source 'acd'");
        Run kept = run("import", "qa", qa.toString(), "--source", "acd", "--unknown", "keep");
        assertThat(kept.exitCode()).as(kept.out()).isZero();
        assertThat(kept.out())
                .contains("3 accepted")
                .contains("1 row(s) for interactions not in the lake")
                .contains("z9");
        assertThat(run("import", "qa", qa.toString(), "--unknown", "maybe").exitCode())
                .isEqualTo(2);
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
