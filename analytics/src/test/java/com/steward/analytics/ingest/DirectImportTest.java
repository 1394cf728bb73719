package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link DirectImport} against the DuckDB paths: the same files give the same lake, and every kind of input the
 * direct path does not parse exactly, or that breaks a rule, makes it defer with nothing stored.
 */
class DirectImportTest {
    @TempDir
    Path dir;

    private static final String HEADER = LakeFixtures.HEADER;
    private static final String ROW_OK =
            "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,2026-03-01 10:00:10+00,2026-03-01 10:05:10+00,300,false,true,false,ag1,5,9,80\n";

    @Test
    void writesTheSameLakeAsTheDuckDbPathForGeneratedContacts() {
        Path file = LakeFixtures.write(
                dir.resolve("contacts.csv"), LakeFixtures.csv(LakeFixtures.contacts(7, 5000, "acd")));
        assertSameLakeAsDuckDb(file);
    }

    @Test
    void writesTheSameLakeForTheBenchmarkFormatAcrossManyPartitions() throws Exception {
        Path file = dir.resolve("bench.csv");
        com.steward.analytics.bench.ImportBenchAccess.writeCanonicalCsv(file, 300_000);
        Path lake = assertSameLakeAsDuckDb(file);
        assertThat(ImporterTest.rows("SELECT count(DISTINCT (handled_by, month)) FROM "
                        + Lake.open(lake).snapshot().duckDbRelation(LakeDataset.INTERACTIONS)))
                .containsExactly("48");
    }

    @Test
    void writesNullsNonAsciiTextEveryTimestampFormAndExtraColumns() {
        String csv = HEADER + ",note\n"
                + "a1,acme,,voice,billing,GB,,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,0,false,true,false,,,,,x\n"
                + "a2,acme,Zürich 東京,chat,billing,GB,C2,false,2026-03-01T10:00:00Z,2026-03-01 11:00:10.5+01,"
                + "2026-03-01 10:05:10.123456-05:00,12.25,true,false,true,ag2,1,0,0,y\n"
                + "a3,corvid,s3,email,sales,FR,C3,true,2026-04-30 23:59:59.999999+0130,2026-04-30 23:59:59.999999+0130,"
                + "2026-05-01 00:00:00,604800,false,false,false,ag3,5,10,100,\n"
                + "a4,inhouse,s4,messaging,sales,FR,C4,true,1990-01-01 00:00:00+00,,2099-12-31 23:59:59+00,"
                + "-0.0,false,false,false,ag3,3.0,7,99.9,\n";
        Path lake = assertSameLakeAsDuckDb(LakeFixtures.write(dir.resolve("forms.csv"), csv));
        String relation = Lake.open(lake).snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
        assertThat(ImporterTest.rows("SELECT interaction_id, site, customer_id, answered_at, agent_id, csat, nps,"
                        + " qa_score, typeof(arrived_at), typeof(csat), typeof(qa_score), typeof(is_customer)"
                        + " FROM " + relation + " ORDER BY 1"))
                .containsExactly(
                        "a1|null|null|null|null|null|null|null|TIMESTAMP WITH TIME ZONE|INTEGER|DOUBLE|BOOLEAN",
                        "a2|Zürich 東京|C2|2026-03-01T10:00:10.500Z|ag2|1|0|0.0|TIMESTAMP WITH TIME ZONE|INTEGER|DOUBLE|BOOLEAN",
                        "a3|s3|C3|2026-04-30T22:29:59.999999Z|ag3|5|10|100.0|TIMESTAMP WITH TIME ZONE|INTEGER|DOUBLE|BOOLEAN",
                        "a4|s4|C4|null|ag3|3|7|99.9|TIMESTAMP WITH TIME ZONE|INTEGER|DOUBLE|BOOLEAN");
    }

    @Test
    void aFileWithOnlyTheRequiredColumnsAndEmptyOptionalOnesGivesNullsLikeDuckDb() {
        String minimal = "interaction_id,handled_by,channel,arrived_at,answered_at,ended_at\n"
                + "m1,acme,voice,2026-03-01 10:00:00+00,2026-03-01 10:00:10+00,2026-03-01 10:05:10+00\n"
                + "m2,acme,voice,2026-03-01 11:00:00+00,,2026-03-01 11:01:00+00\n";
        Path lake = assertSameLakeAsDuckDb(LakeFixtures.write(dir.resolve("minimal.csv"), minimal));
        String relation = Lake.open(lake).snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
        assertThat(ImporterTest.rows("SELECT interaction_id, queue, region, is_customer, handle_seconds, transferred,"
                        + " resolved, complaint, answered_at IS NULL FROM " + relation + " ORDER BY 1"))
                .containsExactly(
                        "m1|null|null|null|null|null|null|null|false", "m2|null|null|null|null|null|null|null|true");
        // Every optional canonical column may also be present but empty.
        String empty = HEADER + "\n" + "e1,acme,,voice,,,,,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,,,,,,,,\n";
        Path emptyLake = assertSameLakeAsDuckDb(LakeFixtures.write(dir.resolve("empty.csv"), empty));
        assertThat(ImporterTest.rows(
                        "SELECT queue, region, is_customer, handle_seconds, transferred, resolved," + " complaint FROM "
                                + Lake.open(emptyLake).snapshot().duckDbRelation(LakeDataset.INTERACTIONS)))
                .containsExactly("null|null|null|null|null|null|null");
    }

    @Test
    void writesRandomGoodRowsAsDuckDbDoes() {
        Random random = new Random(42);
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String[] sites = {"", "s1", "Ärger", "long site name with spaces inside", "x".repeat(256)};
        for (int i = 0; i < 3000; i++) {
            long arrived = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() + random.nextInt(400 * 86_400);
            long answered = arrived + random.nextInt(100);
            long ended = answered + random.nextInt(1000);
            boolean abandoned = random.nextInt(5) == 0;
            int kind = random.nextInt(3);
            int micros = kind == 0 ? 0 : kind == 1 ? random.nextInt(1000) * 1000 : random.nextInt(1_000_000);
            csv.append(String.join(
                            ",",
                            "id-" + i,
                            List.of("acme", "bluesky", "corvid", "inhouse").get(random.nextInt(4)),
                            sites[random.nextInt(sites.length)],
                            List.of("voice", "chat", "email", "messaging").get(random.nextInt(4)),
                            "q" + random.nextInt(30),
                            "GB",
                            random.nextBoolean() ? "" : "C" + random.nextInt(1000),
                            String.valueOf(random.nextBoolean()),
                            timestamp(arrived, kind, micros, random),
                            abandoned ? "" : timestamp(answered, kind, micros, random),
                            timestamp(ended, kind, micros, random),
                            random.nextInt(3) + "." + random.nextInt(1000),
                            String.valueOf(random.nextBoolean()),
                            String.valueOf(random.nextBoolean()),
                            String.valueOf(random.nextBoolean()),
                            "ag" + random.nextInt(500),
                            random.nextBoolean() ? "" : String.valueOf(1 + random.nextInt(5)),
                            random.nextBoolean() ? "" : String.valueOf(random.nextInt(11)),
                            random.nextBoolean() ? "" : random.nextInt(100) + "." + random.nextInt(100)))
                    .append('\n');
        }
        assertSameLakeAsDuckDb(LakeFixtures.write(dir.resolve("random.csv"), csv.toString()));
    }

    /** A random instant's spelling: whole seconds, milliseconds or microseconds; Z, +hh or +hh:mm offset. */
    private static String timestamp(long epochSecond, int kind, int micros, Random random) {
        java.time.ZoneOffset offset = java.time.ZoneOffset.ofHours(random.nextInt(5) - 2);
        var local = java.time.LocalDateTime.ofEpochSecond(epochSecond, micros * 1000, offset);
        String fraction = switch (kind) {
            case 0 -> "";
            case 1 -> String.format(".%03d", micros / 1000);
            default -> String.format(".%06d", micros);
        };
        String zone = offset.getTotalSeconds() == 0
                ? (random.nextBoolean() ? "Z" : "+00")
                : (random.nextBoolean() ? offset.toString() : offset.toString().substring(0, 3));
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                        .format(local)
                + fraction
                + zone;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a1,acme,s1,voice,billing,GB,C1,true,2026-02-30 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // no such day
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // no seconds
                "a1,acme,s1,voice,billing,GB,C1,true,01/03/2026 10:00:00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n",
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00.1234567+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n",
                "a1,acme,s1,voice,billing,GB,C1,true,1989-12-31 23:59:59+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // out of range
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:10:00+00,2026-03-01 10:00:00+00,2026-03-01 10:15:00+00,300,false,true,false,ag1,,,\n", // answered before arrival
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 09:00:00+00,300,false,true,false,ag1,,,\n", // ended before arrival
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,6,,\n", // csat
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,11,\n", // nps
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,100.5\n", // qa
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,-1,false,true,false,ag1,,,\n", // handle
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,05:00,false,true,false,ag1,,,\n", // mm:ss
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,2.5,,\n", // whole number
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,1e2,false,true,false,ag1,,,\n",
                "a1,nobody,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // vendor
                "a1,acme,s1,fax,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // channel
                "a1,acme,s1,Voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // lower-cased by DuckDB
                "a1,acme,s1,voice,billing,GB,C1,yes,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // other boolean spelling
                "a1,acme,\"s,1\",voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // quote
                "a1,acme, s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // trimmed by DuckDB
                "a1,,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n", // required
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,\n", // too few fields
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,,\n", // too many
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\r\n", // CRLF
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,", // no newline
                "a1,acme,s1,voice,billing,GB,C1,true,2026-03-01 10:00:00+00,,2026-03-01 10:05:10+00,300,false,true,false,ag1,,,\n\n", // empty line
                ROW_OK, // the duplicate of the first row's key
            })
    void defersWithNothingStoredOnInputItDoesNotAccept(String row) throws IOException {
        Path file = LakeFixtures.write(dir.resolve("bad.csv"), HEADER + "\n" + ROW_OK + row);
        Lake lake = Lake.open(dir.resolve("lake"));
        DirectImport.Outcome outcome = DirectImport.run(lake, plan(file));
        assertThat(outcome.commit()).isNull();
        assertThat(outcome.deferredBecause()).isNotBlank();
        assertThat(lake.snapshot().generation()).isZero();
        assertThat(filesUnder(lake.root())).isEmpty();
        // The DuckDB paths still import (or explain) the file.
        ImportReport report = new Importer(lake).importInteractions(request(file));
        assertThat(report.rowsRead()).isPositive();
    }

    @Test
    void defersOnInvalidUtf8AndOnAByteOrderMark() throws IOException {
        Path invalid = dir.resolve("invalid.csv");
        byte[] row = ROW_OK.replace("s1", "s\u00e9").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(invalid, (HEADER + "\n").getBytes());
        Files.write(invalid, row, java.nio.file.StandardOpenOption.APPEND);
        Lake lake = Lake.open(dir.resolve("lake"));
        assertThat(DirectImport.run(lake, plan(invalid)).commit()).isNull();
        Path bom = LakeFixtures.write(dir.resolve("bom.csv"), "\uFEFF" + HEADER + "\n" + ROW_OK);
        assertThat(Importer.directPlan(request(bom), "x", Instant.now())).isNull();
        assertThat(filesUnder(lake.root())).isEmpty();
    }

    @Test
    void aDuplicateKeyDefersAndTheDuckDbPathReportsIt() {
        Path file = LakeFixtures.write(dir.resolve("dup.csv"), HEADER + "\n" + ROW_OK + ROW_OK.replace("s1", "s2"));
        Lake lake = Lake.open(dir.resolve("lake"));
        assertThat(DirectImport.run(lake, plan(file)).deferredBecause()).isEqualTo("repeated key hash");
        ImportReport report = new Importer(lake).importInteractions(request(file));
        assertThat(report.committed()).isFalse();
        assertThat(report.rejects()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.reason()).contains("duplicate of line 2");
        });
    }

    @Test
    void replacesOlderVersionsOfItsKeysLikeTheDuckDbPath() {
        Path first =
                LakeFixtures.write(dir.resolve("first.csv"), LakeFixtures.csv(LakeFixtures.contacts(1, 3000, "acd")));
        Path second =
                LakeFixtures.write(dir.resolve("second.csv"), LakeFixtures.csv(LakeFixtures.contacts(2, 4000, "acd")));
        Lake direct = Lake.open(dir.resolve("direct"));
        Lake duck = Lake.open(dir.resolve("duck"));
        for (Path file : List.of(first, second, second)) {
            assertThat(DirectImport.run(direct, plan(file)).commit()).isNotNull();
            Importer.duckDbOnly(duck).importInteractions(request(file));
        }
        assertSameRows(direct, duck);
        assertThat(ImporterTest.rows(
                        "SELECT count(*) FROM " + direct.snapshot().duckDbRelation(LakeDataset.INTERACTIONS)))
                .containsExactly("4000");
    }

    @Test
    void theImporterTakesTheDirectPathAndReportsProgress() {
        Path file = LakeFixtures.write(
                dir.resolve("contacts.csv"), LakeFixtures.csv(LakeFixtures.contacts(3, 2000, "acd")));
        List<ImportProgress> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        Lake lake = Lake.open(dir.resolve("lake"));
        ImportReport report =
                new Importer(lake).importInteractions(request(file).withProgress(progress::add));
        assertThat(report.accepted()).isEqualTo(2000);
        assertThat(report.committed()).isTrue();
        assertThat(progress).anyMatch(p -> p.phase().equals("reading") && p.rowsProcessed() == 2000);
        // Written by the Java writer, not DuckDB.
        Path written = lake.snapshot().files(LakeDataset.INTERACTIONS).getFirst();
        assertThat(ImporterTest.rows("SELECT created_by FROM parquet_file_metadata('" + written + "')")
                        .getFirst())
                .startsWith("steward");
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private ImportRequest request(Path file) {
        return ImportRequest.of(file, "acd", ImportPolicy.REJECT_FILE, LakeFixtures.VENDORS);
    }

    private DirectImport.Plan plan(Path file) {
        DirectImport.Plan plan = Importer.directPlan(request(file), "import-1", Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(plan).isNotNull();
        return plan;
    }

    /** Imports {@code file} by the direct path and by the DuckDB paths into two lakes; asserts equal contents. */
    private Path assertSameLakeAsDuckDb(Path file) {
        Path directRoot = dir.resolve("direct-" + file.getFileName());
        Lake direct = Lake.open(directRoot);
        DirectImport.Outcome outcome = DirectImport.run(direct, plan(file));
        assertThat(outcome.deferredBecause()).isNull();
        assertThat(outcome.commit()).isNotNull();
        Lake duck = Lake.open(dir.resolve("duck-" + file.getFileName()));
        ImportReport report = Importer.duckDbOnly(duck).importInteractions(request(file));
        assertThat(report.rejected()).isZero();
        assertThat(outcome.rows()).isEqualTo(report.accepted());
        assertSameRows(direct, duck);
        assertSameParquetSchema(direct, duck);
        return directRoot;
    }

    private static void assertSameRows(Lake a, Lake b) {
        String left = a.snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
        String right = b.snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
        String columns = "* EXCLUDE (import_id, ingested_at)";
        assertThat(ImporterTest.rows("SELECT count(*) FROM (SELECT " + columns + " FROM " + left + " EXCEPT ALL SELECT "
                        + columns + " FROM " + right + ")"))
                .containsExactly("0");
        assertThat(ImporterTest.rows("SELECT count(*) FROM (SELECT " + columns + " FROM " + right
                        + " EXCEPT ALL SELECT " + columns + " FROM " + left + ")"))
                .containsExactly("0");
        assertThat(ImporterTest.rows("SELECT count(*) FROM " + left))
                .isEqualTo(ImporterTest.rows("SELECT count(*) FROM " + right));
    }

    private static void assertSameParquetSchema(Lake a, Lake b) {
        String schema = "SELECT name, type, repetition_type, converted_type, logical_type FROM parquet_schema('%s')";
        Path left = a.snapshot().files(LakeDataset.INTERACTIONS).getFirst();
        Path right = b.snapshot().files(LakeDataset.INTERACTIONS).getFirst();
        assertThat(ImporterTest.rows(schema.formatted(left))).isEqualTo(ImporterTest.rows(schema.formatted(right)));
    }

    private static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("_lock"))
                    .toList();
        }
    }
}
