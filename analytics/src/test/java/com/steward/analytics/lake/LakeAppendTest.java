package com.steward.analytics.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeAppendTest {

    @Test
    void appendedBatchesAreAddedWithoutRewritingAndAnUpsertStillReplacesTheirKeys(@TempDir Path dir)
            throws SQLException {
        Lake lake = Lake.open(dir);
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            DuckDb.execute(c, "CREATE TEMP TABLE incoming (" + LakeDataset.INTERACTIONS.schema() + ")");
            insert(c, "a1", "acme", "2026-01", 1);
            insert(c, "a2", "acme", "2026-01", 1);
            Lake.Commit first = lake.appendNew(c, LakeDataset.INTERACTIONS, "incoming");
            assertThat(first.rowsWritten()).isEqualTo(2);
            var januaryFiles = lake.snapshot().files(LakeDataset.INTERACTIONS);

            DuckDb.execute(c, "DELETE FROM incoming");
            insert(c, "b1", "acme", "2026-02", 1);
            lake.appendNew(c, LakeDataset.INTERACTIONS, "incoming");
            assertThat(lake.snapshot().files(LakeDataset.INTERACTIONS)).containsAll(januaryFiles);
            assertThat(count(c, lake, "true")).isEqualTo(3);

            DuckDb.execute(c, "DELETE FROM incoming");
            insert(c, "a1", "acme", "2026-01", 2);
            lake.upsert(c, LakeDataset.INTERACTIONS, "incoming");
            assertThat(count(c, lake, "true")).isEqualTo(3);
            assertThat(count(c, lake, "interaction_id = 'a1' AND handle_seconds = 2"))
                    .isEqualTo(1);
        }
    }

    private static void insert(Connection c, String id, String handler, String month, double handle)
            throws SQLException {
        DuckDb.execute(
                c,
                "INSERT INTO incoming VALUES ('" + id + "', '" + handler + "', NULL, 'voice', 'billing', 'GB', NULL,"
                        + " false, TIMESTAMPTZ '" + month + "-05 10:00:00+00', NULL, TIMESTAMPTZ '" + month
                        + "-05 10:01:00+00', " + handle + ", false, false, false, NULL, NULL, NULL, NULL, 'test',"
                        + " 'i1', now(), '" + month + "')");
    }

    private static long count(Connection c, Lake lake, String where) throws SQLException {
        return DuckDb.queryLong(
                c,
                "SELECT count(*) FROM " + lake.snapshot().duckDbRelation(LakeDataset.INTERACTIONS) + " WHERE " + where);
    }
}
