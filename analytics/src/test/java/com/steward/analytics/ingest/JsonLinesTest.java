package com.steward.analytics.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines: one object per line; missing keys are NULL, nested objects are read by expressions. */
class JsonLinesTest {
    @TempDir
    Path dir;

    private static final String MAPPING = """
            column.interaction_id=id
            constant.handled_by=acme
            column.channel=channel
            column.arrived_at=arrived
            expr.answered_at="agent"."connected"
            column.ended_at=ended
            expr.agent_id="agent"."name"
            expr.queue=json_extract_string(CAST("routing" AS JSON), '$.queue')
            column.csat=csat
            """;

    @Test
    void missingKeysAreNullAndNestedObjectsAreReadByExpressions() {
        String lines = """
                {"id":"j1","channel":"voice","arrived":"2026-03-01T10:00:00Z","ended":"2026-03-01T10:05:00Z","agent":{"name":"ann","connected":"2026-03-01T10:00:20Z"},"routing":{"queue":"billing"},"csat":5}
                {"id":"j2","channel":"chat","arrived":"2026-03-01T11:00:00Z","ended":"2026-03-01T11:01:00Z"}
                {"id":"j3","channel":"voice","arrived":"2026-03-01T12:00:00Z","ended":"2026-03-01T12:03:00Z","agent":{"name":"bob"},"csat":null}
                """;
        ImportReport report =
                importer().importInteractions(request(LakeFixtures.write(dir.resolve("contacts.jsonl"), lines)));
        assertThat(report.rejects()).isEmpty();
        assertThat(report.accepted()).isEqualTo(3);
        assertThat(ImporterTest.rows("SELECT interaction_id, channel, agent_id, queue, csat,"
                        + " epoch(answered_at - arrived_at) FROM " + rel() + " ORDER BY 1"))
                .containsExactly(
                        "j1|voice|ann|billing|5|20.0", "j2|chat|null|null|null|null", "j3|voice|bob|null|null|null");
    }

    @Test
    void aBadValueIsReportedOnItsLine() {
        String lines = """
                {"id":"j1","channel":"voice","arrived":"2026-03-01T10:00:00Z","ended":"2026-03-01T10:05:00Z","csat":5,"agent":{"name":"a","connected":null},"routing":{}}
                {"id":"j2","channel":"voice","arrived":"2026-03-01T10:00:00Z","ended":"2026-03-01T10:05:00Z","csat":9}
                """;
        ImportReport report = importer().importInteractions(request(LakeFixtures.write(dir.resolve("c.jsonl"), lines)));
        assertThat(report.rejects())
                .extracting(r -> r.line() + " " + r.column() + " " + r.reason())
                .containsExactly("2 csat must be between 1 and 5");
        assertThat(Lake.open(dir.resolve("lake")).snapshot().files(LakeDataset.INTERACTIONS))
                .isEmpty();
    }

    @Test
    void aTenMegabyteLineIsRefusedByTheLineBoundAndNothingIsStored() throws IOException {
        Path file = dir.resolve("huge.jsonl");
        try (Writer out = Files.newBufferedWriter(file)) {
            out.write("{\"id\":\"j1\",\"channel\":\"voice\",\"arrived\":\"2026-03-01T10:00:00Z\","
                    + "\"ended\":\"2026-03-01T10:05:00Z\"}\n");
            out.write("{\"id\":\"j2\",\"note\":\"");
            for (int i = 0; i < 10 * 1024; i++) {
                out.write("x".repeat(1024));
            }
            out.write("\"}\n");
        }
        assertThatThrownBy(() -> importer().importInteractions(request(file)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("huge.jsonl")
                .hasMessageContaining("line 2 is longer than 1024 KiB");
        assertThat(Lake.open(dir.resolve("lake")).snapshot().files(LakeDataset.INTERACTIONS))
                .isEmpty();
    }

    private Importer importer() {
        return new Importer(Lake.open(dir.resolve("lake")));
    }

    private String rel() {
        return Lake.open(dir.resolve("lake")).snapshot().duckDbRelation(LakeDataset.INTERACTIONS);
    }

    private static ImportRequest request(Path file) {
        return ImportRequest.of(file, "crm", ImportPolicy.REJECT_FILE, LakeFixtures.VENDORS)
                .withMapping(MappingText.validate("json", MAPPING));
    }
}
