package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Expressions and the row filter of a mapping: what they compute, how failures are reported, what is refused. */
class MappingExpressionTest {
    @TempDir
    Path dir;

    /** An ACD log shaped like the public "Anonymous Bank" one: time-of-day stages, 0:00:00 when not reached. */
    static final String ACD = """
            vru_line,call_id,date,vru_entry,vru_exit,q_start,q_exit,outcome,ser_start,ser_exit
            AA0101,1,990801,9:59:50,10:00:00,10:00:00,10:00:20,AGENT,10:00:19,10:05:19
            AA0101,2,990801,10:10:00,10:10:30,0:00:00,0:00:00,HANG,0:00:00,0:00:00
            AA0102,1,990801,11:00:00,11:00:05,11:00:05,11:01:05,HANG,0:00:00,0:00:00
            AA0102,2,990801,12:00:00,12:00:02,12:00:02,12:00:12,AGENT,12:00:11,12:10:11
            """;

    /** The mapping of {@link #ACD}: ids unique with the line, IVR-only calls filtered, answered only for AGENT. */
    static final String ACD_MAPPING = """
            # Anonymous-Bank-shaped ACD log
            expr.interaction_id="vru_line" || '-' || "call_id"
            constant.handled_by=inhouse
            constant.channel=voice
            expr.arrived_at=CAST(strptime("date", '%y%m%d') AS DATE) + CAST("q_start" AS TIME)
            expr.answered_at=CASE WHEN "outcome" = 'AGENT' THEN CAST(strptime("date", '%y%m%d') AS DATE) + CAST("ser_start" AS TIME) END
            expr.ended_at=CAST(strptime("date", '%y%m%d') AS DATE) + CAST(CASE WHEN "outcome" = 'AGENT' THEN "ser_exit" ELSE "q_exit" END AS TIME)
            expr.handle_seconds=CASE WHEN "outcome" = 'AGENT' THEN date_diff('second', CAST("ser_start" AS TIME), CAST("ser_exit" AS TIME)) END
            timeZone=Asia/Jerusalem
            filter="q_start" <> '0:00:00'
            """;

    @Test
    void expressionsAndAFilterImportAnAcdLogWithTimeOfDayColumns() {
        ColumnMapping mapping = MappingText.validate("acd", ACD_MAPPING);
        ImportReport report =
                importer().importInteractions(request(write("acd.csv", ACD)).withMapping(mapping));
        assertThat(report.rejects()).isEmpty();
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(report.filtered()).isEqualTo(1);
        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(ImporterTest.rows(
                        "SELECT interaction_id, strftime(timezone('UTC', arrived_at), '%Y-%m-%d %H:%M:%S'),"
                                + " answered_at IS NULL, epoch(ended_at - arrived_at), handle_seconds, queue FROM "
                                + rel()
                                + " ORDER BY 1"))
                .containsExactly(
                        // Jerusalem is UTC+3 in August 1999; the wait is 19 s, the talk 300 s.
                        "AA0101-1|1999-08-01 07:00:00|false|319.0|300.0|null",
                        "AA0102-1|1999-08-01 08:00:05|true|60.0|null|null",
                        "AA0102-2|1999-08-01 09:00:02|false|609.0|600.0|null");
    }

    @Test
    void anExpressionFailingOnSomeRowsRejectsThoseRowsWithLineValueAndDuckDbsError() {
        String bad = ACD.replace("10:00:19,10:05:19", "25:61:00,10:05:19");
        ColumnMapping mapping = MappingText.validate("acd", ACD_MAPPING);
        ImportReport report =
                importer().importInteractions(request(write("bad.csv", bad)).withMapping(mapping));
        assertThat(report.committed()).isFalse();
        assertThat(report.rejected()).isEqualTo(1);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(lakeFiles()).isEmpty();
        RejectedRow answered = report.rejects().stream()
                .filter(r -> r.column().equals("answered_at"))
                .findFirst()
                .orElseThrow();
        assertThat(answered.line()).isEqualTo(2);
        assertThat(answered.file()).isEqualTo("bad.csv");
        assertThat(answered.value()).contains("\"ser_start\":\"25:61:00\"");
        assertThat(answered.reason()).startsWith("the expression failed: ").containsIgnoringCase("25:61:00");

        ImportReport good = importer()
                .importInteractions(
                        request(dir.resolve("bad.csv")).withMapping(mapping).withPolicy(ImportPolicy.ACCEPT_GOOD));
        assertThat(good.committed()).isTrue();
        assertThat(ImporterTest.rows("SELECT interaction_id FROM " + rel() + " ORDER BY 1"))
                .containsExactly("AA0102-1", "AA0102-2");
    }

    @Test
    void aFilterFailingOnARowRejectsItAndANullFilterDropsIt() {
        String mapping = ACD_MAPPING.replace(
                "filter=\"q_start\" <> '0:00:00'", "filter=CAST(\"call_id\" AS INTEGER) < 2 OR \"call_id\" = 'x'");
        String csv = ACD.replace("AA0102,2,", "AA0102,two,");
        ImportReport report = importer()
                .importInteractions(request(write("f.csv", csv))
                        .withMapping(MappingText.validate("acd", mapping))
                        .withPolicy(ImportPolicy.ACCEPT_GOOD));
        assertThat(report.rejects())
                .extracting(r -> r.line() + " " + r.column())
                .containsExactly("5 filter");
        assertThat(report.rejects().getFirst().reason()).startsWith("the filter failed: ");
        assertThat(report.filtered()).isEqualTo(1); // line 3 (call_id 2)
        assertThat(report.accepted()).isEqualTo(2);
    }

    @Test
    void aColumnTheFileLacksIsNamedWithTheFilesHeaderAndNothingIsStored() {
        ColumnMapping mapping = MappingText.validate("acd", ACD_MAPPING.replace("\"q_exit\"", "\"queue_exit\""));
        assertThatThrownBy(() -> importer()
                        .importInteractions(request(write("acd.csv", ACD)).withMapping(mapping)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("missing column 'queue_exit'")
                .hasMessageContaining("expr.ended_at")
                .hasMessageContaining("[vru_line, call_id, date, vru_entry");
        assertThat(lakeFiles()).isEmpty();
    }

    /** Expressions that must never be saved or run: a second statement, other tables or files, settings, ... */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "1; DROP TABLE x",
                "\"a\"; COPY (SELECT 1) TO '/tmp/x.csv'",
                "(SELECT 1)",
                "(SELECT content FROM read_text('/etc/passwd'))",
                "EXISTS (SELECT 1 FROM read_csv('/etc/passwd'))",
                "\"a\" IN (SELECT * FROM glob('/*'))",
                "getenv('HOME')",
                "current_setting('temp_directory')",
                "read_text('/etc/passwd')",
                "read_blob('/etc/passwd')",
                "read_csv('/etc/passwd')",
                "read_parquet('s3://bucket/x.parquet')",
                "http_get('http://example.com')",
                "load_extension('httpfs')",
                "main.lower(\"a\")",
                "sum(\"a\")",
                "count(*)",
                "row_number() OVER ()",
                "list_transform([1], x -> x)",
                "COLUMNS(*)",
                "*",
                "\"a\" -- comment hides the rest",
                "\"a\" /* comment */",
                "?",
                "$1",
                "$$text$$",
                "1) FROM read_csv('/etc/passwd') WHERE (1",
                "\"a\", \"b\"",
                "nextval('seq')",
                "query('SELECT 1')",
                "query_table('t')",
                "ATTACH 'x.db'",
                "\"a\" UNION SELECT 1",
                "pragma_version()",
                "duckdb_settings()",
                "error('boom')",
                "'unterminated",
                "(\"a\"",
                "CALL pragma_version()",
                "\"a\" WHERE TRUE",
                "struct_pack(a := getenv('HOME'))",
                "CASE WHEN TRUE THEN (SELECT 1) END",
                "CAST((SELECT 1) AS VARCHAR)",
                "to_json((SELECT 1))",
                "sql_auto_complete('SEL')",
                "which_secret('s3://x', 's3')",
                "system('ls')",
            })
    void hostileExpressionsAreRefusedWhenSavedAndAtImport(String expression) {
        assertThatThrownBy(() -> RowExpression.parse(expression))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("Exception");
        String text = "column.interaction_id=id\ncolumn.handled_by=h\ncolumn.channel=c\ncolumn.arrived_at=a\n"
                + "column.ended_at=e\nexpr.queue=" + expression.replace("\n", " ") + "\n";
        assertThatThrownBy(() -> MappingText.validate("x", text))
                .isInstanceOf(MappingText.InvalidMapping.class)
                .hasMessageStartingWith("line 6: expr.queue is refused: ");
        ColumnMapping unchecked = MappingText.read(text, null);
        assertThatThrownBy(() -> importer()
                        .importInteractions(request(write("h.csv", "id,h,c,a,e\n1,acme,voice,2026-01-01,2026-01-01\n"))
                                .withMapping(unchecked)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("expr.queue is refused");
        assertThat(lakeFiles()).isEmpty();
    }

    @Test
    void expressionsOverTheRowAreAccepted() {
        for (String ok : List.of(
                "\"a\"",
                "lower(trim(\"Agent Name\"))",
                "CASE WHEN \"outcome\" = 'AGENT' THEN \"ser_start\" END",
                "COALESCE(NULLIF(\"x\", ''), 'none')",
                "GREATEST(\"a\", \"b\")",
                "DATE '1999-08-02' + CAST(\"vru_exit\" AS TIME)",
                "\"a\"::INTEGER BETWEEN 1 AND 5",
                "\"a\" IN ('x', 'y') AND NOT \"b\" IS NULL",
                "\"Agent\".\"Username\"",
                "json_extract_string(\"payload\", '$.agent.id')",
                "\"payload\" ->> '$.x'",
                "try_strptime(\"d\", '%d/%m/%Y %H:%M')",
                "EXTRACT(hour FROM CAST(\"t\" AS TIME))",
                "regexp_replace(\"id\", '\\d+', '')",
                "\"a\" LIKE 'select%'",
                "\"select\" || 'x'")) {
            assertThat(RowExpression.parse(ok).sql()).isEqualTo(ok);
        }
        assertThat(RowExpression.parse("\"Agent\".\"Username\" || \"b\"").columns())
                .containsExactlyInAnyOrder("Agent", "b");
    }

    @Test
    void theImportConnectionReachesNothingButItsFileAndTheLake() throws Exception {
        Path file = write("ok.csv", "a\n1\n");
        Path other = write("other.csv", "secret\n42\n");
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            Importer.lockDown(c, file, null, dir.resolve("lake"));
            assertThat(ImporterTest.query(c, "SELECT count(*) FROM read_csv('" + file + "')"))
                    .containsExactly("1");
            for (String sql : List.of(
                    "SELECT * FROM read_csv('" + other + "')",
                    "SELECT * FROM read_text('/etc/hostname')",
                    "SELECT getenv('HOME')",
                    "SET enable_external_access = true",
                    "SET lock_configuration = false",
                    "INSTALL httpfs",
                    "LOAD httpfs",
                    "ATTACH '" + dir.resolve("x.db") + "'",
                    "COPY (SELECT 1) TO '" + dir.resolve("out.csv") + "'")) {
                try (Statement s = c.createStatement()) {
                    assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(java.sql.SQLException.class);
                }
            }
        }
        assertThat(dir.resolve("out.csv")).doesNotExist();
    }

    private Importer importer() {
        return new Importer(Lake.open(dir.resolve("lake")));
    }

    private String rel() {
        return Lake.open(dir.resolve("lake")).snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
    }

    private List<Path> lakeFiles() {
        return Lake.open(dir.resolve("lake")).snapshot().files(LakeDataset.INTERACTIONS);
    }

    private Path write(String name, String text) {
        return LakeFixtures.write(dir.resolve(name), text);
    }

    private static ImportRequest request(Path file) {
        return ImportRequest.of(file, "acd", ImportPolicy.REJECT_FILE, LakeFixtures.VENDORS);
    }

    static {
        try {
            Files.createDirectories(DuckDb.tempDirectory());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
