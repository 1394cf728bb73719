package com.steward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code steward lake compact}: what it merges, what it prints, and a lake that is not there. */
class LakeCommandTest {
    @TempDir
    Path dir;

    @Test
    void compactMergesEachPartitionsFilesAndKeepsEveryRow() throws Exception {
        Lake lake = Lake.open(dir.resolve("lake"));
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            DuckDb.execute(c, "CREATE TEMP TABLE incoming (" + LakeDataset.INTERACTIONS.schema() + ")");
            // Three batches: January twice (two files in one partition), February once.
            String[][] batches = {{"a1", "2026-01"}, {"a2", "2026-01"}, {"b1", "2026-02"}};
            for (String[] batch : batches) {
                DuckDb.execute(c, "DELETE FROM incoming");
                DuckDb.execute(
                        c,
                        "INSERT INTO incoming VALUES ('" + batch[0] + "', 'acme', NULL, 'voice', 'billing', 'GB',"
                                + " NULL, false, TIMESTAMPTZ '" + batch[1] + "-05 10:00:00+00', NULL, TIMESTAMPTZ '"
                                + batch[1] + "-05 10:01:00+00', 60, false, false, false, NULL, NULL, NULL, NULL,"
                                + " 'test', 'i1', now(), '" + batch[1] + "')");
                lake.appendNew(c, LakeDataset.INTERACTIONS, "incoming");
            }
        }
        long generation = lake.snapshot().generation();

        StewardCommandTest.Run run = StewardCommandTest.run("--data-dir", dir.toString(), "lake", "compact");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("interactions: 1 partitions merged, 3 files -> 2, 2 rows rewritten")
                .contains("customer_events: 0 files, one or none per partition: nothing to merge");
        assertThat(lake.snapshot().generation()).isEqualTo(generation + 1);
        assertThat(lake.snapshot().files(LakeDataset.INTERACTIONS)).hasSize(2);
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            assertThat(DuckDb.queryLong(
                            c,
                            "SELECT count(DISTINCT interaction_id) FROM "
                                    + lake.snapshot().duckDbRelation(LakeDataset.INTERACTIONS)))
                    .isEqualTo(3);
        }

        StewardCommandTest.Run again = StewardCommandTest.run("--data-dir", dir.toString(), "lake", "compact");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("interactions: 2 files, one or none per partition: nothing to merge");
        assertThat(lake.snapshot().generation()).isEqualTo(generation + 1);
    }

    @Test
    void withoutALakeItSaysSoAndFails() {
        StewardCommandTest.Run run =
                StewardCommandTest.run("--data-dir", dir.resolve("empty").toString(), "lake", "compact");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("No lake at");
    }
}
