package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {
    @TempDir
    Path dir;

    private static final String ROW_OK =
            "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,2026-03-01 10:00:10+00,2026-03-01 10:05:10+00,300,false,true,false,ag1,5,9,80\n";

    @Test
    void importsSemicolonCsvWithBomAndQuotedFieldsGzipped() throws IOException {
        String csv = "\uFEFF" + LakeFixtures.HEADER.replace(',', ';') + "\n"
                + "a1;acme;\"site; one\";voice;billing;GB;C1;true;2026-03-01 10:00:00+00;2026-03-01 10:00:10+00;"
                + "2026-03-01 10:05:10+00;300;false;true;false;ag1;5;9;80\n";
        Path file = dir.resolve("export.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(csv.getBytes(StandardCharsets.UTF_8));
        }
        List<ImportProgress> progress = new ArrayList<>();
        ImportReport report = importer()
                .importInteractions(request(file, ImportPolicy.REJECT_FILE).withProgress(p -> {
                    synchronized (progress) {
                        progress.add(p);
                    }
                }));
        assertThat(report.rejects()).isEmpty();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.record().sha256()).hasSize(64);
        assertThat(progress).extracting(ImportProgress::phase).contains("reading", "writing", "done");
        assertThat(rows("SELECT site, handle_seconds FROM " + rel(LakeDataset.INTERACTIONS)))
                .containsExactly("site; one|300.0");
    }

    @Test
    void mapsForeignColumnsSeparateDateAndTimeHmsDurationsAndOutcomeCodes() {
        String csv = "CallID,Date,Start,Answer,End,Talk,Outcome,Q,Chan,Cust,Disp\n"
                + "x1,01/03/2026,10:00:00,01/03/2026 10:00:30,01/03/2026 10:06:00,00:05:30,AGENT,billing,PHONE,C9,RES\n"
                + "x2,01/03/2026,11:00:00,,01/03/2026 11:01:00,0,HANG,billing,PHONE,C9,OPEN\n";
        ColumnMapping mapping = new ColumnMapping(
                "acme-acd",
                ',',
                ZoneId.of("Europe/Berlin"),
                "%d/%m/%Y %H:%M:%S",
                Map.of(
                        "interaction_id", "CallID",
                        "answered_at", "Answer",
                        "ended_at", "End",
                        "handle_seconds", "Talk",
                        "queue", "Q",
                        "channel", "Chan",
                        "customer_id", "Cust",
                        "resolved", "Disp",
                        "transferred", "Outcome"),
                Map.of("arrived_at", List.of("Date", "Start")),
                Map.of("handled_by", "acme", "region", "DE", "is_customer", "true", "complaint", "false"),
                Map.of(
                        "channel", Map.of("PHONE", "voice"),
                        "resolved", Map.of("RES", "true", "OPEN", "false"),
                        "transferred", Map.of("AGENT", "false", "HANG", "false", "XFER", "true")));
        ColumnMapping stored = ColumnMapping.fromProperties(mapping.toProperties());
        assertThat(stored).isEqualTo(mapping);

        ImportReport report = importer()
                .importInteractions(request(LakeFixtures.write(dir.resolve("acme.csv"), csv), ImportPolicy.REJECT_FILE)
                        .withMapping(stored));
        assertThat(report.rejects()).isEmpty();
        assertThat(rows("SELECT interaction_id, strftime(timezone('UTC', arrived_at), '%H:%M:%S'), handle_seconds,"
                        + " channel, resolved, answered_at IS NULL FROM " + rel(LakeDataset.INTERACTIONS)
                        + " ORDER BY 1"))
                .containsExactly("x1|09:00:00|330.0|voice|true|false", "x2|10:00:00|0.0|voice|false|true");
    }

    @Test
    void reportsEveryBadValueWithLineColumnAndReasonAndRejectFileLeavesTheLakeUnchanged() throws IOException {
        importer().importInteractions(request(csvFile("good.csv", ROW_OK), ImportPolicy.REJECT_FILE));
        List<String> before = lakeRows();
        String longText = "y".repeat(5000);
        String bad = ROW_OK // line 2: fine
                + ROW_OK.replace("a1,acme", "a2,nosuchvendor") // line 3
                + ROW_OK.replace("a1,", "a3,").replace(",5,9,80", ",7,11,101") // line 4
                + ROW_OK.replace("a1,", "a4,").replace("2026-03-01 10:00:10+00", "2026-03-01 09:00:00+00") // 5
                + ROW_OK.replace("a1,", "a5,").replace(",300,", ",1e308,") // line 6
                + ROW_OK.replace("a1,", "a8,")
                        .replace("voice", "=cmd|' /C calc'!A0")
                        .replace(",ag1,", "," + longText + ",") // line 7
                + ROW_OK.replace("a1,", "a6,").replace("voice", "fax").replace(",true,2026", ",maybe,2026") // 8
                + ROW_OK.replace("a1,", "a7,").replace("2026-03-01 10:00:00+00", "not a time") // line 9
                + ROW_OK.replace("a1,", "a1,"); // line 10: duplicate of line 2
        Path rejectsCsv = dir.resolve("rejects.csv");
        ImportReport report = importer()
                .importInteractions(request(csvFile("bad.csv", bad), ImportPolicy.REJECT_FILE)
                        .withRejectsCsv(rejectsCsv));
        assertThat(report.committed()).isFalse();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejected()).isEqualTo(8);
        assertThat(report.rejects())
                .extracting(r -> r.line() + " " + r.column() + " "
                        + r.reason().split("[;(]")[0].trim())
                .contains(
                        "3 handled_by unknown vendor code",
                        "4 csat must be between 1 and 5",
                        "4 nps must be between 0 and 10",
                        "4 qa_score must be between 0 and 100",
                        "5 answered_at answered before it arrived",
                        "6 handle_seconds must be between 0 and 604800",
                        "7 agent_id longer than 256 characters",
                        "7 channel channel must be one of [chat, email, messaging, voice]",
                        "8 channel channel must be one of [chat, email, messaging, voice]",
                        "8 is_customer not a valid boolean",
                        "9 arrived_at not a valid timestamp",
                        "10 interaction_id duplicate of line 2 in this file");
        assertThat(report.rejects()).allSatisfy(r -> assertThat(r.file()).isEqualTo("bad.csv"));
        assertThat(report.rejects())
                .allSatisfy(r -> assertThat(r.value() == null ? "" : r.value()).hasSizeLessThanOrEqualTo(200));
        assertThat(lakeRows()).isEqualTo(before);

        StringWriter out = new StringWriter();
        report.writeRejectsCsv(out);
        assertThat(out.toString()).doesNotContain(",=cmd").contains("'=cmd");
        assertThat(Files.readString(rejectsCsv)).doesNotContain(",=cmd").contains("'=cmd");

        ImportReport accepted =
                importer().importInteractions(request(dir.resolve("bad.csv"), ImportPolicy.ACCEPT_GOOD));
        assertThat(accepted.committed()).isTrue();
        assertThat(accepted.accepted()).isEqualTo(1);
        assertThat(lakeRows()).hasSize(1);
    }

    @Test
    void aMissingMappedColumnIsAClearFileErrorAndStoresNothing() {
        String csv = "interaction_id,handled_by\nx,acme\n";
        assertThatThrownBy(() -> importer()
                        .importInteractions(
                                request(LakeFixtures.write(dir.resolve("short.csv"), csv), ImportPolicy.ACCEPT_GOOD)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("short.csv, line 1, column 'channel'")
                .hasMessageContaining("missing column");
        assertThat(Lake.open(dir.resolve("lake")).snapshot().generation()).isZero();
    }

    @Test
    void reImportingTheSameOrAnOverlappingFileNeverDoubleCountsAndTheNewerVersionWins() {
        var contacts = LakeFixtures.contacts(5, 400, "acd");
        Path all = LakeFixtures.write(dir.resolve("all.csv"), LakeFixtures.csv(contacts));
        importer().importInteractions(request(all, ImportPolicy.REJECT_FILE));
        importer().importInteractions(request(all, ImportPolicy.REJECT_FILE));
        assertThat(lakeRows()).hasSize(400);
        // An overlapping file: rows 300..399 again, with a changed vendor (moves partition) and queue.
        var changed = contacts.subList(300, 400).stream()
                .map(c -> new LakeFixtures.Contact(
                        c.source(),
                        c.id(),
                        "corvid",
                        c.site(),
                        c.channel(),
                        "retention",
                        c.region(),
                        c.customerId(),
                        c.isCustomer(),
                        c.arrived(),
                        c.answered(),
                        c.ended(),
                        c.handleSeconds(),
                        c.transferred(),
                        c.resolved(),
                        c.complaint(),
                        c.agentId(),
                        c.csat(),
                        c.nps(),
                        c.qa()))
                .toList();
        Path overlap = LakeFixtures.write(dir.resolve("overlap.csv"), LakeFixtures.csv(changed));
        importer().importInteractions(request(overlap, ImportPolicy.REJECT_FILE));
        assertThat(lakeRows()).hasSize(400);
        assertThat(rows("SELECT count(*) FROM " + rel(LakeDataset.INTERACTIONS) + " WHERE queue = 'retention'"))
                .containsExactly("100");
        long offered = new DuckDbEngine(Lake.open(dir.resolve("lake")))
                .run(KpiQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30)))
                .getFirst()
                .metric("offered")
                .numerator();
        assertThat(offered).isEqualTo(400);
        // The same ids from another source are other records.
        importer().importInteractions(request(overlap, ImportPolicy.REJECT_FILE).withSource("other-acd"));
        assertThat(lakeRows()).hasSize(500);
    }

    @Test
    void importsParquetAndCustomerEvents() throws Exception {
        var contacts = LakeFixtures.contacts(8, 50, "acd");
        Path csv = LakeFixtures.write(dir.resolve("c.csv"), LakeFixtures.csv(contacts));
        Path parquet = dir.resolve("c.parquet");
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            DuckDb.execute(
                    c,
                    "COPY (SELECT * FROM read_csv('" + csv + "', header = true)) TO '" + parquet
                            + "' (FORMAT parquet)");
        }
        ImportReport report = importer().importInteractions(request(parquet, ImportPolicy.REJECT_FILE));
        assertThat(report.rejects()).isEmpty();
        assertThat(report.accepted()).isEqualTo(50);
        Path events = LakeFixtures.write(
                dir.resolve("e.csv"),
                "customer_id,event,at,value\nC1,churned,2026-03-01T10:00:00Z,\nC2,became_customer,2026-03-02 10:00:00+01,12.5\n"
                        + "C3,upgraded,2026-03-02 10:00:00+01,\n");
        ImportReport eventReport = importer().importCustomerEvents(request(events, ImportPolicy.ACCEPT_GOOD));
        assertThat(eventReport.accepted()).isEqualTo(2);
        assertThat(eventReport.rejects())
                .extracting(RejectedRow::line, RejectedRow::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, "event"));
        assertThat(rows("SELECT count(*) FROM " + rel(LakeDataset.CUSTOMER_EVENTS)))
                .containsExactly("2");
    }

    @Test
    void aTruncatedLastLineIsOneRejectedRowNotOnePerMissingColumn() {
        // the file ends mid-row: the last line has 3 of the 19 columns (an upload cut short)
        Path file = LakeFixtures.write(
                dir.resolve("cut.csv"),
                LakeFixtures.HEADER + "\n" + ROW_OK + ROW_OK.replace("a1,", "a2,") + "a3,acme,s1");
        ImportReport report = importer().importInteractions(request(file, ImportPolicy.ACCEPT_GOOD));
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.record().rowsRejected()).isEqualTo(1);
        assertThat(report.rejects())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.line()).isEqualTo(4));
    }

    @Test
    void hostileInputIsReportedNotFatal() {
        Path garbage = dir.resolve("garbage.csv");
        byte[] bytes = new byte[5000];
        new java.util.Random(1).nextBytes(bytes);
        try {
            Files.write(garbage, bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThatThrownBy(() -> importer().importInteractions(request(garbage, ImportPolicy.ACCEPT_GOOD)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("garbage.csv");
        Path empty = LakeFixtures.write(dir.resolve("empty.csv"), "");
        assertThatThrownBy(() -> importer().importInteractions(request(empty, ImportPolicy.ACCEPT_GOOD)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("empty");
        assertThat(Lake.open(dir.resolve("lake")).snapshot().generation()).isZero();
    }

    @Test
    void theOnePassPathStoresExactlyWhatTheTextPathStores() {
        String rows = "a1,\" acme \",\" s1\",Voice,billing,GB,\"\",TRUE,2026-03-01 10:00:00,2026-03-01 10:00:10+00,"
                + "2026-03-01T10:05:10Z,300,false,true,false,\"ag1 \",4.0,9,80.5\n"
                + "a2,inhouse,,CHAT,sales,DE,C2,0,2026-03-31 23:30:00+00,,2026-03-31 23:31:00+00,0,0,1,f,,,,\n";
        // Same rows: canonical (one pass) and with a BOM (not eligible for the one pass: the text path).
        Path canonical = csvFile("canonical.csv", rows);
        Path text = LakeFixtures.write(dir.resolve("bom.csv"), "\uFEFF" + LakeFixtures.HEADER + "\n" + rows);
        ColumnMapping berlin = new ColumnMapping(
                "canonical", null, ZoneId.of("Europe/Berlin"), null, Map.of(), Map.of(), Map.of(), Map.of());
        String columns = "SELECT * EXCLUDE (import_id, ingested_at, source) FROM ";
        ImportReport one = importer()
                .importInteractions(request(canonical, ImportPolicy.REJECT_FILE).withMapping(berlin));
        assertThat(one.accepted()).isEqualTo(2);
        List<String> stored = rows(columns + rel(LakeDataset.INTERACTIONS) + " ORDER BY interaction_id");
        ImportReport viaText = importer()
                .importInteractions(request(text, ImportPolicy.REJECT_FILE)
                        .withMapping(berlin)
                        .withSource("other"));
        assertThat(viaText.accepted()).isEqualTo(2);
        assertThat(rows(columns + rel(LakeDataset.INTERACTIONS) + " WHERE source = 'other' ORDER BY interaction_id"))
                .isEqualTo(stored);
        assertThat(stored.getFirst())
                .isEqualTo(
                        "a1|s1|voice|billing|GB|null|true|2026-03-01T09:00Z|2026-03-01T10:00:10Z|2026-03-01T10:05:10Z"
                                + "|300.0|false|true|false|ag1|4|9|80.5|acme|2026-03");
    }

    @Test
    void importingNewKeysAddsFilesAndRewritesOnlyFilesHoldingAnImportedKey() {
        Path first =
                LakeFixtures.write(dir.resolve("first.csv"), LakeFixtures.csv(LakeFixtures.contacts(3, 300, "acd")));
        Path other =
                LakeFixtures.write(dir.resolve("other.csv"), LakeFixtures.csv(LakeFixtures.contacts(4, 300, "acd")));
        importer().importInteractions(request(first, ImportPolicy.REJECT_FILE));
        List<Path> firstFiles = Lake.open(dir.resolve("lake")).snapshot().files(LakeDataset.INTERACTIONS);
        // Other ids (another source): every file of the first import stays as it is.
        importer().importInteractions(request(other, ImportPolicy.REJECT_FILE).withSource("crm"));
        List<Path> afterOther = Lake.open(dir.resolve("lake")).snapshot().files(LakeDataset.INTERACTIONS);
        assertThat(afterOther).containsAll(firstFiles).hasSizeGreaterThan(firstFiles.size());
        assertThat(lakeRows()).hasSize(600);
        // The first file again: its files are rewritten, the other source's files stay.
        importer().importInteractions(request(first, ImportPolicy.REJECT_FILE));
        List<Path> afterAgain = Lake.open(dir.resolve("lake")).snapshot().files(LakeDataset.INTERACTIONS);
        assertThat(afterAgain).doesNotContainAnyElementsOf(firstFiles);
        List<Path> otherFiles =
                afterOther.stream().filter(f -> !firstFiles.contains(f)).toList();
        assertThat(afterAgain).containsAll(otherFiles);
        assertThat(lakeRows()).hasSize(600);
        assertThat(rows("SELECT count(*) FROM " + rel(LakeDataset.INTERACTIONS) + " WHERE source = 'crm'"))
                .containsExactly("300");
    }

    private Importer importer() {
        return new Importer(Lake.open(dir.resolve("lake")));
    }

    private ImportRequest request(Path file, ImportPolicy policy) {
        return ImportRequest.of(file, "acd", policy, LakeFixtures.VENDORS);
    }

    private Path csvFile(String name, String rows) {
        return LakeFixtures.write(dir.resolve(name), LakeFixtures.HEADER + "\n" + rows);
    }

    private String rel(LakeDataset dataset) {
        return Lake.open(dir.resolve("lake")).snapshot().duckDbRelation(dataset);
    }

    private List<String> lakeRows() {
        return rows("SELECT * FROM " + rel(LakeDataset.INTERACTIONS) + " ORDER BY source, interaction_id");
    }

    static List<String> rows(String sql) {
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            return query(c, sql);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> query(Connection c, String sql) {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
