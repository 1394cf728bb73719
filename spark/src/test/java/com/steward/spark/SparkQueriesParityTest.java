package com.steward.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.steward.analytics.lake.Lake;
import com.steward.analytics.queries.DuckDbQueries;
import com.steward.analytics.queries.LakeQueries;
import com.steward.analytics.queries.LakeQuery;
import com.steward.analytics.queries.LakeRow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** DuckDB and Spark give the same rows for the lake queries whose SQL means the same on both engines. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkQueriesParityTest {
    private static final Instant FEB_1 = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAY_1 = Instant.parse("2026-05-01T00:00:00Z");

    private DuckDbQueries duckDb;
    private SparkQueries spark;

    @BeforeAll
    void lake() {
        Lake lake = ParityFixtures.shared();
        duckDb = new DuckDbQueries(lake);
        spark = SparkQueries.local(SparkTestSession.get(), lake);
    }

    private List<LakeRow> same(LakeQuery query) {
        List<LakeRow> expected = duckDb.run(query);
        assertThat(expected).as(query.file()).isNotEmpty();
        List<LakeRow> actual = spark.run(query);
        assertThat(actual).as(query.file()).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Map<String, Object> want = expected.get(i).columns();
            Map<String, Object> got = actual.get(i).columns();
            assertThat(got.keySet()).as(query.file()).containsExactlyElementsOf(want.keySet());
            for (String column : want.keySet()) {
                if (want.get(column) instanceof Double d) {
                    // sums of doubles in another order: equal to the last few bits
                    assertThat((Double) got.get(column))
                            .as(query.file() + " " + column)
                            .isCloseTo(d, within(1e-9));
                } else {
                    assertThat(got.get(column))
                            .as(query.file() + " row " + i + " " + column)
                            .isEqualTo(want.get(column));
                }
            }
        }
        return expected;
    }

    @Test
    void handledUnitsPerMonthInTheQueryZone() {
        same(LakeQueries.handledUnits("acme", FEB_1, MAY_1, ZoneOffset.UTC));
        same(LakeQueries.handledUnits("bluesky", FEB_1, MAY_1, ZoneId.of("Europe/Berlin")));
    }

    @Test
    void frequentCustomersAndTheKeyCustomersWhoContactedAVendor() {
        List<String> top = same(LakeQueries.frequentCustomers(20)).stream()
                .map(r -> r.string("customer_id"))
                .toList();
        same(LakeQueries.contactedKeyCustomers("acme", FEB_1, MAY_1, top));
    }

    @Test
    void whatEachVendorsQaReported() {
        same(LakeQueries.calibrationReportedQa(Set.of("acme", "bluesky", "corvid"), FEB_1, MAY_1));
    }
}
