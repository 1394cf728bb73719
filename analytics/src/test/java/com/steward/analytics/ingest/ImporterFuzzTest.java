package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input: every case must end in a clear report (file, line, column, what was expected) or a
 * clear {@link ImportException}, leave the lake exactly as before when nothing is accepted, and neither hang nor
 * exhaust memory (each test has a timeout; the surefire JVM heap is bounded).
 */
class ImporterFuzzTest {
    private static final String ROW =
            "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,2026-03-01 10:00:10+00,2026-03-01 10:05:10+00,300,false,true,false,ag1,5,9,80\n";

    @TempDir
    Path dir;

    private String before;

    @BeforeEach
    void seedTheLake() {
        Path seed = LakeFixtures.write(dir.resolve("seed.csv"), LakeFixtures.csv(LakeFixtures.contacts(3, 50, "acd")));
        importer().importInteractions(request(seed, ImportPolicy.REJECT_FILE));
        before = lakeState();
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void randomBytesGiveAClearErrorOrReportAndStoreNothing() throws IOException {
        for (int seed = 0; seed < 8; seed++) {
            byte[] bytes = new byte[1 + new Random(seed).nextInt(200_000)];
            new Random(seed).nextBytes(bytes);
            if (seed % 2 == 1) {
                // Random bytes behind a valid header.
                byte[] header = (LakeFixtures.HEADER + "\n").getBytes(StandardCharsets.UTF_8);
                System.arraycopy(header, 0, bytes, 0, Math.min(header.length, bytes.length));
            }
            Path file = Files.write(dir.resolve("random-" + seed + ".csv"), bytes);
            Outcome outcome = attempt(file, ImportPolicy.REJECT_FILE, ColumnMapping.canonical());
            assertThat(outcome.message()).contains("random-" + seed + ".csv");
            assertThat(outcome.committed()).isFalse();
            assertThat(lakeState()).isEqualTo(before);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFileCutMidRowIsRejectedAtTheCutLine() {
        String full = LakeFixtures.HEADER + "\n" + ROW + ROW.replace("a1,", "a2,") + ROW.replace("a1,", "a3,");
        String cut = full.substring(0, full.length() - 40); // inside line 4
        Outcome outcome = attempt(
                LakeFixtures.write(dir.resolve("cut-row.csv"), cut),
                ImportPolicy.REJECT_FILE,
                ColumnMapping.canonical());
        assertThat(outcome.committed()).isFalse();
        assertThat(outcome.message()).contains("cut-row.csv");
        if (outcome.report() != null) {
            assertThat(outcome.report().rejects())
                    .anySatisfy(r -> assertThat(r.line()).isEqualTo(4));
        }
        assertThat(lakeState()).isEqualTo(before);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aFileCutInsideAQuotedFieldIsReportedAndStoresNothing() {
        String text =
                LakeFixtures.HEADER + "\n" + ROW + ROW.replace("a1,", "a2,").replace(",s1,", ",\"site, with comma");
        Outcome outcome = attempt(
                LakeFixtures.write(dir.resolve("cut-quote.csv"), text),
                ImportPolicy.REJECT_FILE,
                ColumnMapping.canonical());
        assertThat(outcome.committed()).isFalse();
        assertThat(outcome.message()).contains("cut-quote.csv");
        assertThat(lakeState()).isEqualTo(before);
        // Accepting the good rows stores line 2 only.
        Outcome good = attempt(LakeFixtures.write(dir.resolve("cut-quote2.csv"), text), ImportPolicy.ACCEPT_GOOD, null);
        if (good.report() != null) {
            assertThat(good.report().accepted()).isLessThanOrEqualTo(1);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aWrongDelimiterNamesTheMissingColumnsOnLine1() {
        String semicolons = LakeFixtures.HEADER.replace(',', ';') + "\n" + ROW.replace(',', ';');
        ColumnMapping comma = new ColumnMapping("comma", ',', null, null, Map.of(), Map.of(), Map.of(), Map.of());
        Outcome outcome =
                attempt(LakeFixtures.write(dir.resolve("semi.csv"), semicolons), ImportPolicy.ACCEPT_GOOD, comma);
        assertThat(outcome.report()).isNull();
        assertThat(outcome.message()).contains("semi.csv, line 1, column 'interaction_id'", "missing column");
        assertThat(lakeState()).isEqualTo(before);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void formulaInjectionIsStoredAsTextButNeutralisedInEveryExportedCsv() throws IOException {
        String formula = "=cmd|' /C calc'!A0";
        String text = LakeFixtures.HEADER + "\n"
                + ROW.replace("a1,", "f1,").replace(",ag1,", ",\"" + formula + "\",") // valid: agent ids are text
                + ROW.replace("a1,", "f2,").replace(",voice,", ",\"" + formula + "\",") // invalid channel
                + ROW.replace("a1,", "f3,").replace(",billing,", ",@SUM(1+1),").replace(",300,", ",-2+3,");
        Path file = LakeFixtures.write(dir.resolve("=HYPERLINK(1).csv"), text);
        Path rejectsCsv = dir.resolve("rejects.csv");
        ImportReport report = importer()
                .importInteractions(request(file, ImportPolicy.REJECT_FILE).withRejectsCsv(rejectsCsv));
        assertThat(report.committed()).isFalse();
        assertThat(report.rejects())
                .extracting(r -> r.line() + " " + r.column())
                .contains("3 channel", "4 handle_seconds");
        StringWriter out = new StringWriter();
        report.writeRejectsCsv(out);
        for (String exported : List.of(out.toString(), Files.readString(rejectsCsv))) {
            for (String line : exported.split("\n")) {
                for (String field : line.split(",")) {
                    String unquoted = field.startsWith("\"") ? field.substring(1) : field;
                    assertThat(unquoted).as(exported).doesNotStartWith("=").doesNotStartWith("@");
                    if (!unquoted.isEmpty() && unquoted.charAt(0) == '-' || unquoted.startsWith("+")) {
                        assertThat(unquoted).as("number-like fields only").matches("[-+][0-9.]+");
                    }
                }
            }
            assertThat(exported).contains("'=cmd", "'=HYPERLINK(1).csv");
        }
        assertThat(lakeState()).isEqualTo(before);
        // The valid row is stored verbatim: the lake holds data, not spreadsheet text.
        ImportReport accepted = importer().importInteractions(request(file, ImportPolicy.ACCEPT_GOOD));
        assertThat(accepted.accepted()).isEqualTo(1);
        assertThat(ImporterTest.rows("SELECT agent_id FROM " + rel() + " WHERE interaction_id = 'f1'"))
                .containsExactly(formula);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aTenMegabyteFieldIsReportedNotLoaded() throws IOException {
        Path file = dir.resolve("huge-field.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write((LakeFixtures.HEADER + "\n" + ROW).getBytes(StandardCharsets.UTF_8));
            out.write(ROW.replace("a1,", "a2,").replace(",ag1,", ",\"").getBytes(StandardCharsets.UTF_8), 0, 0);
            String row = ROW.replace("a1,", "a2,");
            int agent = row.indexOf(",ag1,") + 1;
            out.write(row.substring(0, agent).getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 10; i++) {
                out.write(chunk);
            }
            out.write(row.substring(agent + 3).getBytes(StandardCharsets.UTF_8));
            out.write(ROW.replace("a1,", "a3,").getBytes(StandardCharsets.UTF_8));
        }
        Outcome outcome = attempt(file, ImportPolicy.REJECT_FILE, null);
        assertThat(outcome.committed()).isFalse();
        assertThat(outcome.message()).contains("huge-field.csv").hasSizeLessThan(5_000);
        if (outcome.report() != null) {
            assertThat(outcome.report().rejects()).isNotEmpty().allSatisfy(r -> {
                assertThat(r.line()).isGreaterThanOrEqualTo(2);
                assertThat(r.value() == null ? "" : r.value()).hasSizeLessThanOrEqualTo(200);
            });
        }
        assertThat(lakeState()).isEqualTo(before);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aHeaderWithAMillionColumnsIsAClearFileError() throws IOException {
        Path file = dir.resolve("wide.csv");
        StringBuilder header = new StringBuilder(8_000_000);
        for (int i = 0; i < 1_000_000; i++) {
            header.append(i == 0 ? "" : ",").append('c').append(i);
        }
        Files.writeString(file, header + "\n1,2,3\n");
        Outcome outcome = attempt(file, ImportPolicy.ACCEPT_GOOD, null);
        assertThat(outcome.committed()).isFalse();
        assertThat(outcome.report()).isNull();
        assertThat(outcome.message())
                .contains("wide.csv, line 1", "header line is longer than", "columns")
                .hasSizeLessThan(5_000);
        assertThat(lakeState()).isEqualTo(before);
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void duplicateIdsInOneFileRejectTheLaterRowsAndAcceptGoodKeepsTheFirst() {
        String text = LakeFixtures.HEADER + "\n" + ROW.replace("a1,", "d1,") + ROW.replace("a1,", "d2,")
                + ROW.replace("a1,", "d1,").replace(",billing,", ",sales,");
        Path file = LakeFixtures.write(dir.resolve("dups.csv"), text);
        ImportReport rejected = importer().importInteractions(request(file, ImportPolicy.REJECT_FILE));
        assertThat(rejected.committed()).isFalse();
        assertThat(rejected.rejects())
                .extracting(r -> r.file() + ":" + r.line() + ":" + r.column() + ":" + r.reason())
                .containsExactly("dups.csv:4:interaction_id:duplicate of line 2 in this file");
        assertThat(lakeState()).isEqualTo(before);
        ImportReport accepted = importer().importInteractions(request(file, ImportPolicy.ACCEPT_GOOD));
        assertThat(accepted.accepted()).isEqualTo(2);
        assertThat(ImporterTest.rows("SELECT queue FROM " + rel() + " WHERE interaction_id = 'd1'"))
                .containsExactly("billing");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void timeZonesAndDaylightSavingEdges() {
        // Explicit offsets are exact across the Europe/Berlin change on 29 March 2026 (01:00 UTC); the month
        // partition is the UTC month; offset-less values are read in the mapping's zone: a wall time in the
        // spring-forward gap moves forward one hour, an ambiguous autumn wall time takes the later (standard
        // time) instant.
        String text = LakeFixtures.HEADER + "\n"
                + row("z1", "2026-03-29 02:59:59+02", "2026-03-29 03:00:01+02")
                + row("z2", "2026-03-29T00:59:59Z", "2026-03-29T01:00:01Z")
                + row("z3", "2026-04-01 01:30:00+02", "2026-04-01 01:31:00+02")
                + row("z4", "2026-03-29 02:30:00", "2026-03-29 03:45:00")
                + row("z5", "2026-10-25 02:30:00", "2026-10-25 02:40:00")
                + row("z6", "2026-02-30 10:00:00+00", "2026-02-30 10:05:00+00");
        ColumnMapping berlin = new ColumnMapping(
                "berlin", null, ZoneId.of("Europe/Berlin"), null, Map.of(), Map.of(), Map.of(), Map.of());
        ImportReport report = importer()
                .importInteractions(request(LakeFixtures.write(dir.resolve("dst.csv"), text), ImportPolicy.ACCEPT_GOOD)
                        .withMapping(berlin));
        assertThat(report.rejects())
                .extracting(r -> r.line() + " " + r.column() + " " + r.reason())
                .containsExactlyInAnyOrder("7 arrived_at not a valid timestamp", "7 ended_at not a valid timestamp");
        assertThat(ImporterTest.rows(
                        "SELECT interaction_id, strftime(timezone('UTC', arrived_at), '%Y-%m-%d %H:%M:%S'),"
                                + " epoch(ended_at) - epoch(arrived_at), month FROM " + rel()
                                + " WHERE interaction_id LIKE 'z%' ORDER BY 1"))
                .containsExactly(
                        "z1|2026-03-29 00:59:59|2.0|2026-03",
                        "z2|2026-03-29 00:59:59|2.0|2026-03",
                        "z3|2026-03-31 23:30:00|60.0|2026-03",
                        "z4|2026-03-29 01:30:00|900.0|2026-03",
                        "z5|2026-10-25 01:30:00|600.0|2026-10");
    }

    private static String row(String id, String arrived, String ended) {
        return id + ",acme,s1,voice,billing,GB,C1,true," + arrived + ",," + ended + ",0,false,false,false,ag1,,,\n";
    }

    private record Outcome(ImportReport report, String message, boolean committed) {}

    /** Runs an import; a report's rejects or an {@link ImportException}'s message become the message. */
    private Outcome attempt(Path file, ImportPolicy policy, ColumnMapping mapping) {
        try {
            ImportReport report =
                    importer().importInteractions(request(file, policy).withMapping(mapping));
            StringWriter text = new StringWriter();
            report.writeRejectsCsv(text);
            return new Outcome(report, text.toString(), report.committed());
        } catch (ImportException e) {
            assertThat(e.file()).isEqualTo(file.getFileName().toString());
            return new Outcome(null, e.getMessage(), false);
        }
    }

    private Importer importer() {
        return new Importer(Lake.open(dir.resolve("lake")));
    }

    private ImportRequest request(Path file, ImportPolicy policy) {
        return ImportRequest.of(file, "acd", policy, LakeFixtures.VENDORS);
    }

    private String rel() {
        return Lake.open(dir.resolve("lake")).snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
    }

    private String lakeState() {
        try {
            return Lake.open(dir.resolve("lake")).snapshot().generation() + ":"
                    + ImporterTest.rows("SELECT * FROM " + rel() + " ORDER BY source, interaction_id");
        } catch (UncheckedIOException e) {
            throw e;
        }
    }
}
