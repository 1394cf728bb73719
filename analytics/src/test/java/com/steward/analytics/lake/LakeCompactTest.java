package com.steward.analytics.lake;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.LakeFixtures;
import com.steward.analytics.LakeFixtures.Contact;
import com.steward.analytics.ingest.ImportPolicy;
import com.steward.analytics.ingest.ImportRequest;
import com.steward.analytics.ingest.Importer;
import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeCompactTest {
    @TempDir
    Path dir;

    @Test
    void mergesEachPartitionIntoOneFileWithTheSameRowsAndTheSameKpis() throws Exception {
        Lake lake = Lake.open(dir.resolve("lake"));
        Importer importer = new Importer(lake);
        List<Contact> contacts = LakeFixtures.contacts(5, 1500, "acd");
        // Three imports of new keys: each adds files to the partitions it touches and rewrites none.
        for (int part = 0; part < 3; part++) {
            List<Contact> third = contacts.subList(part * 500, (part + 1) * 500);
            importer.importInteractions(ImportRequest.of(
                    LakeFixtures.write(dir.resolve("part" + part + ".csv"), LakeFixtures.csv(third)),
                    "acd",
                    ImportPolicy.REJECT_FILE,
                    LakeFixtures.VENDORS));
        }
        for (int part = 0; part < 2; part++) {
            importer.importCustomerEvents(ImportRequest.of(
                    LakeFixtures.write(
                            dir.resolve("events" + part + ".csv"),
                            LakeFixtures.eventsCsv(LakeFixtures.events(20 + part))),
                    "crm",
                    ImportPolicy.REJECT_FILE,
                    null));
        }
        LakeSnapshot before = lake.snapshot();
        KpiQuery query =
                KpiQuery.of(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), Dimension.HANDLED_BY, Dimension.MONTH);
        List<KpiRow> kpisBefore = new DuckDbEngine(lake).run(query);
        int partitions = partitionsOf(before, LakeDataset.INTERACTIONS);
        assertThat(before.files(LakeDataset.INTERACTIONS))
                .as("the imports left several files in some partitions")
                .hasSizeGreaterThan(partitions);

        Lake.Commit commit = lake.compact(LakeDataset.INTERACTIONS);

        LakeSnapshot after = lake.snapshot();
        assertThat(commit.generation()).isEqualTo(before.generation() + 1);
        assertThat(after.generation()).isEqualTo(commit.generation());
        assertThat(commit.rowsWritten()).isEqualTo(contacts.size());
        assertThat(after.files(LakeDataset.INTERACTIONS)).hasSize(partitions);
        assertThat(partitionsOf(after, LakeDataset.INTERACTIONS)).isEqualTo(partitions);
        assertThat(after.files(LakeDataset.CUSTOMER_EVENTS))
                .as("another dataset is left alone")
                .isEqualTo(before.files(LakeDataset.CUSTOMER_EVENTS));
        // The previous generation's files stay readable until the next commit retires them.
        assertThat(sameRows(before, after, LakeDataset.INTERACTIONS)).isTrue();
        assertThat(new DuckDbEngine(lake).run(query)).isEqualTo(kpisBefore);

        assertThat(lake.compact(LakeDataset.INTERACTIONS))
                .as("nothing left to merge")
                .isNull();
        assertThat(lake.snapshot().generation()).isEqualTo(after.generation());

        Lake.Commit events = lake.compact(LakeDataset.CUSTOMER_EVENTS);
        assertThat(events).isNotNull();
        LakeSnapshot last = lake.snapshot();
        assertThat(last.files(LakeDataset.CUSTOMER_EVENTS)).hasSize(partitionsOf(last, LakeDataset.CUSTOMER_EVENTS));
        assertThat(sameRows(after, last, LakeDataset.CUSTOMER_EVENTS)).isTrue();
        // That commit retired the interaction files merged one generation earlier.
        for (Path file : before.files(LakeDataset.INTERACTIONS)) {
            assertThat(Files.exists(file)).as(file.toString()).isFalse();
        }
        assertThat(new DuckDbEngine(lake).run(query)).isEqualTo(kpisBefore);
    }

    private static int partitionsOf(LakeSnapshot snapshot, LakeDataset dataset) {
        Set<Path> folders = new HashSet<>();
        snapshot.files(dataset).forEach(f -> folders.add(f.getParent()));
        return folders.size();
    }

    /** Whether the two snapshots hold the same multiset of rows (every column, partition values included). */
    private static boolean sameRows(LakeSnapshot a, LakeSnapshot b, LakeDataset dataset) throws Exception {
        String x = a.duckDbRelation(dataset);
        String y = b.duckDbRelation(dataset);
        try (Connection c = DuckDb.open(ZoneId.of("UTC"))) {
            return DuckDb.queryLong(c, "SELECT count(*) FROM " + x) > 0
                    && DuckDb.queryLong(c, "SELECT count(*) FROM " + x)
                            == DuckDb.queryLong(c, "SELECT count(*) FROM " + y)
                    && DuckDb.queryLong(
                                    c,
                                    "SELECT count(*) FROM (SELECT * FROM " + x + " EXCEPT ALL SELECT * FROM " + y + ")")
                            == 0
                    && DuckDb.queryLong(
                                    c,
                                    "SELECT count(*) FROM (SELECT * FROM " + y + " EXCEPT ALL SELECT * FROM " + x + ")")
                            == 0;
        }
    }
}
