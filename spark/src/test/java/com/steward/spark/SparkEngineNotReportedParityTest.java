package com.steward.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.KpiSettings;
import com.steward.analytics.lake.Lake;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * DuckDB and Spark agree on a lake whose optional fields are often NULL: the same n for every metric, and the same
 * "not reported" (no value, no interval) where no contact carries a metric's inputs; and the same CSAT, NPS and QA
 * with the survey and QA feeds joined (the feed's answer over the inline one, QA as the mean of per-interaction means).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkEngineNotReportedParityTest {
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final LocalDate APR_30 = LocalDate.of(2026, 4, 30);

    private DuckDbEngine duckDb;
    private SparkEngine spark;

    @BeforeAll
    void lake() {
        Lake lake = ParityFixtures.withUnknowns();
        duckDb = new DuckDbEngine(lake);
        spark = SparkEngine.local(SparkTestSession.get(), lake);
    }

    private List<KpiRow> same(KpiQuery query) {
        List<KpiRow> expected = duckDb.run(query);
        assertThat(expected).isNotEmpty();
        EngineParity.assertSame(expected, spark.run(query), query.groupBy() + " with unknowns");
        return expected;
    }

    @Test
    void byVendorAndMonthWithMetricsNotReported() {
        List<KpiRow> rows = same(KpiQuery.of(FEB_1, APR_30, Dimension.HANDLED_BY, Dimension.MONTH));
        KpiRow corvid = rows.stream()
                .filter(r -> "corvid".equals(r.keys().get("handled_by")))
                .findFirst()
                .orElseThrow();
        assertThat(corvid.metric("resolved_rate").reported()).isFalse();
        assertThat(corvid.metric("transfer_rate").reported()).isTrue();
        KpiRow bluesky = rows.stream()
                .filter(r -> "bluesky".equals(r.keys().get("handled_by")))
                .findFirst()
                .orElseThrow();
        // bluesky reports no survey or QA value inline: what both engines give it came from the feeds' join.
        assertThat(bluesky.metric("csat").n()).isPositive();
        assertThat(bluesky.metric("qa").n()).isPositive();
    }

    @Test
    void byQueueAndWeekInBerlin() {
        // Two queries only: the module's tests share one forked JVM with a time limit (spark/pom.xml).
        same(KpiQuery.of(FEB_1, APR_30, Dimension.QUEUE, Dimension.WEEK)
                .withSettings(KpiSettings.defaults().withZone(ZoneId.of("Europe/Berlin"))));
    }
}
