package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only {@code interaction_id, handled_by, channel, arrived_at, ended_at} are required; every other column may be
 * absent or empty and is then stored as NULL, never a default, while present values keep their rules.
 */
class OptionalFieldsTest {
    @TempDir
    Path dir;

    private static final String MINIMAL_HEADER = "interaction_id,handled_by,channel,arrived_at,ended_at";

    @Test
    void theRequiredColumnsAreExactlyTheFiveEveryAcdLogHas() {
        assertThat(CanonicalColumn.INTERACTION.stream()
                        .filter(CanonicalColumn::required)
                        .map(CanonicalColumn::name))
                .containsExactlyInAnyOrder("interaction_id", "handled_by", "channel", "arrived_at", "ended_at");
    }

    @Test
    void theFiveRequiredColumnsAloneImportAsAbandonedContactsWithEverythingElseNull() {
        Path file = LakeFixtures.write(
                dir.resolve("five.csv"),
                MINIMAL_HEADER + "\nf1,acme,voice,2026-03-01 10:00:00+00,2026-03-01 10:01:00+00\n");
        for (Importer importer : List.of(importer("direct"), Importer.duckDbOnly(lake("duck")))) {
            ImportReport report = importer.importInteractions(request(file));
            assertThat(report.rejects()).isEmpty();
            assertThat(report.accepted()).isEqualTo(1);
        }
        for (String lake : List.of("direct", "duck")) {
            assertThat(ImporterTest.rows("SELECT answered_at, queue, region, site, customer_id, is_customer,"
                            + " handle_seconds, transferred, resolved, complaint, agent_id, csat, nps, qa_score FROM "
                            + rel(lake)))
                    .containsExactly("null|null|null|null|null|null|null|null|null|null|null|null|null|null");
        }
    }

    @Test
    void presentOptionalValuesAreStillValidatedAndAMissingRequiredOneIsStillRejected() {
        String header = MINIMAL_HEADER + ",handle_seconds,csat,nps,qa_score,is_customer";
        String csv = header + "\n"
                + "g1,acme,voice,2026-03-01 10:00:00+00,2026-03-01 10:01:00+00,,,,,\n" // line 2: fine
                + "b1,acme,voice,2026-03-01 10:00:00+00,2026-03-01 10:01:00+00,-5,,,,\n" // 3
                + "b2,acme,voice,2026-03-01 10:00:00+00,2026-03-01 10:01:00+00,,6,11,101,\n" // 4
                + "b3,acme,voice,2026-03-01 10:00:00+00,2026-03-01 10:01:00+00,,,,,perhaps\n" // 5
                + "b4,acme,,2026-03-01 10:00:00+00,2026-03-01 10:01:00+00,,,,,\n"; // 6: no channel
        ImportReport report = importer("v").importInteractions(request(LakeFixtures.write(dir.resolve("v.csv"), csv)));
        assertThat(report.committed()).isFalse();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.rejects())
                .extracting(r -> r.line() + " " + r.column() + " " + r.reason())
                .contains(
                        "3 handle_seconds must be between 0 and 604800",
                        "4 csat must be between 1 and 5",
                        "4 nps must be between 0 and 10",
                        "4 qa_score must be between 0 and 100",
                        "5 is_customer not a valid boolean (true/false, yes/no, 1/0)",
                        "6 channel required value is missing");
    }

    @Test
    void aMappingThatMapsNoOptionalColumnStoresNullsNotDefaults() {
        String csv = "Id,Start,End,Kind\nk1,2026-03-01 10:00:00+00,2026-03-01 10:02:00+00,PHONE\n";
        ColumnMapping mapping = new ColumnMapping(
                "tiny",
                ',',
                null,
                null,
                Map.of("interaction_id", "Id", "arrived_at", "Start", "ended_at", "End", "channel", "Kind"),
                Map.of(),
                Map.of("handled_by", "acme"),
                Map.of("channel", Map.of("PHONE", "voice")));
        ImportReport report = importer("m")
                .importInteractions(request(LakeFixtures.write(dir.resolve("tiny.csv"), csv))
                        .withMapping(mapping));
        assertThat(report.rejects()).isEmpty();
        assertThat(ImporterTest.rows("SELECT interaction_id, channel, handled_by, queue, is_customer, resolved,"
                        + " handle_seconds FROM " + rel("m")))
                .containsExactly("k1|voice|acme|null|null|null|null");
    }

    @Test
    void everyLakeColumnIsOptionalInTheParquetSchemaSoOldAndNewFilesReadAlike() {
        Path file = LakeFixtures.write(
                dir.resolve("five.csv"),
                MINIMAL_HEADER + "\nf1,acme,voice,2026-03-01 10:00:00+00,2026-03-01 10:01:00+00\n");
        importer("p").importInteractions(request(file));
        Path parquet = lake("p").snapshot().files(LakeDataset.INTERACTIONS).getFirst();
        assertThat(ImporterTest.rows("SELECT DISTINCT repetition_type FROM parquet_schema('" + parquet
                        + "') WHERE name <> 'duckdb_schema'"))
                .containsExactly("OPTIONAL");
    }

    private Lake lake(String name) {
        return Lake.open(dir.resolve("lake-" + name));
    }

    private Importer importer(String name) {
        return new Importer(lake(name));
    }

    private String rel(String name) {
        return lake(name).snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
    }

    private static ImportRequest request(Path file) {
        return ImportRequest.of(file, "acd", ImportPolicy.REJECT_FILE, LakeFixtures.VENDORS);
    }
}
