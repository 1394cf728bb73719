package com.steward.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.KpiSettings;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The same KPI SQL through DuckDB and Spark (local[2]) over the same edge-case lake gives the same numbers. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkEngineParityTest {
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate APR_30 = LocalDate.of(2026, 4, 30);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Lake lake;
    private DuckDbEngine duckDb;
    private SparkEngine spark;

    @BeforeAll
    void importFixtures() {
        lake = ParityFixtures.shared();
        duckDb = new DuckDbEngine(lake);
        spark = SparkEngine.local(SparkTestSession.get(), lake);
    }

    private List<KpiRow> same(KpiQuery query) {
        List<KpiRow> expected = duckDb.run(query);
        List<KpiRow> actual = spark.run(query);
        assertThat(expected).as("DuckDB found rows for " + query.groupBy()).isNotEmpty();
        int compared = EngineParity.assertSame(
                expected, actual, query.groupBy() + " " + query.settings().zone());
        assertThat(compared).isGreaterThan(0);
        return actual;
    }

    @Test
    void theLakeHasRetiredFilesOnDiskThatOnlyTheManifestExcludes() throws Exception {
        long onDisk;
        try (Stream<Path> files = Files.walk(lake.root().resolve("interactions"))) {
            onDisk = files.filter(p -> p.toString().endsWith(".parquet")).count();
        }
        assertThat(onDisk)
                .as("files on disk include the previous generation's retired ones")
                .isGreaterThan(
                        LakeFiles.of(lake).files(LakeDataset.INTERACTIONS).size());
    }

    @Test
    void everyMetricByVendorAndMonth() {
        List<KpiRow> rows = same(KpiQuery.of(FEB_1, APR_30, Dimension.HANDLED_BY, Dimension.MONTH));
        assertThat(rows.getFirst().metrics().keySet()).containsExactlyInAnyOrderElementsOf(KpiCatalogue.ids());
        assertThat(rows).hasSize(4 * 3);
    }

    @Test
    void byQueueAndWeekInBerlinAcrossTheDaylightSavingChange() {
        same(KpiQuery.of(FEB_1, APR_30, Dimension.QUEUE, Dimension.WEEK)
                .withSettings(KpiSettings.defaults().withZone(BERLIN)));
    }

    @Test
    void byDayAndChannelInNewYorkAroundItsDaylightSavingChange() {
        same(KpiQuery.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 10), Dimension.DAY, Dimension.CHANNEL)
                .withSettings(KpiSettings.defaults().withZone(NEW_YORK)));
    }

    @Test
    void byVendorAndMonthInBerlinSoMonthEndsShiftAgainstTheUtcPartitions() {
        same(KpiQuery.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), Dimension.HANDLED_BY, Dimension.MONTH)
                .withSettings(KpiSettings.defaults().withZone(BERLIN)));
    }

    @Test
    void byRegionAndQuarterAndBySiteWithMissingSites() {
        same(KpiQuery.of(FEB_1, APR_30, Dimension.REGION, Dimension.QUARTER));
        List<KpiRow> rows = same(KpiQuery.of(FEB_1, APR_30, Dimension.SITE, Dimension.QUARTER));
        assertThat(rows).anyMatch(r -> r.keys().get("site") == null);
    }

    @Test
    void byAgentWithTheUnansweredGroupWithoutAgent() {
        List<KpiRow> rows = same(KpiQuery.of(FEB_1, APR_30, Dimension.AGENT_ID));
        assertThat(rows.getFirst().keys().get("agent_id")).isNull();
    }

    @Test
    void withAVendorFilterRepeatsWithOtherVendorsStillCountForFcr() {
        same(KpiQuery.of(FEB_1, APR_30, Dimension.HANDLED_BY, Dimension.MONTH).withVendors(Set.of("acme")));
        same(KpiQuery.of(FEB_1, APR_30, Dimension.SITE).withVendors(Set.of("bluesky", "corvid")));
    }

    @Test
    void forAPartialRangeSoRepeatsAndEventsOutsideTheRangeStillCount() {
        same(KpiQuery.of(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 31), Dimension.HANDLED_BY));
    }

    @Test
    void withoutGroupingAndWithShortAbandonsAndOtherWindows() {
        same(KpiQuery.of(FEB_1, APR_30)
                .withSettings(KpiSettings.defaults().withShortAbandonSeconds(5).withWindows(30, 3, 14, 21)));
    }

    @Test
    void aVendorThatHandledNothingGetsNoRowsFromEitherEngine() {
        KpiQuery query = KpiQuery.of(FEB_1, APR_30, Dimension.HANDLED_BY).withVendors(Set.of("nobody"));
        assertThat(spark.run(query)).isEqualTo(duckDb.run(query)).isEmpty();
    }
}
