package com.steward.analytics.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCompanyTest {

    @Test
    void generatesReproducibleDataWhereTheDegradingVendorsCsatAndFcrDrop(@TempDir Path dir) {
        DemoCompany.Result result = DemoCompany.generate(dir.resolve("a"), 7, 60_000, null);
        DemoCompany.Result again = DemoCompany.generate(dir.resolve("b"), 7, 60_000, null);
        assertThat(result.interactions()).isBetween(50_000L, 60_000L).isEqualTo(again.interactions());
        assertThat(result.customerEvents()).isPositive().isEqualTo(again.customerEvents());

        var engineA = new DuckDbEngine(Lake.open(dir.resolve("a")));
        var engineB = new DuckDbEngine(Lake.open(dir.resolve("b")));
        KpiQuery byVendor = KpiQuery.of(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 12, 31), Dimension.HANDLED_BY);
        List<KpiRow> before = engineA.run(byVendor);
        assertThat(counts(before)).isEqualTo(counts(engineB.run(byVendor)));
        List<KpiRow> after =
                engineA.run(KpiQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), Dimension.HANDLED_BY));
        KpiRow corvidBefore = row(before, "corvid");
        KpiRow corvidAfter = row(after, "corvid");
        // Non-overlapping 95% intervals: a real shift, not noise.
        assertThat(corvidAfter.metric("csat").high())
                .isLessThan(corvidBefore.metric("csat").low());
        assertThat(corvidAfter.metric("fcr").high())
                .isLessThan(corvidBefore.metric("fcr").low());
        KpiRow acmeBefore = row(before, "acme");
        KpiRow acmeAfter = row(after, "acme");
        assertThat(acmeAfter.metric("csat").high())
                .isGreaterThan(acmeBefore.metric("csat").low());
        assertThat(before)
                .extracting(r -> r.keys().get("handled_by"))
                .containsExactly("acme", "bluesky", "corvid", "inhouse");
    }

    @Test
    void eachMonthOfTheLakeHoldsThatMonthsSimulatedContactsAndRegeneratingReplacesThem(@TempDir Path dir)
            throws Exception {
        YearMonth first = YearMonth.of(2026, 1);
        DemoCompany.Result result = DemoCompany.generate(dir, 11, 20_000, first, 3, null);
        Map<String, Long> simulated = new TreeMap<>();
        new ContactCenterSimulation(11, Math.round(20_000 / DemoCompany.CONTACTS_PER_FIRST_CONTACT), first, 3)
                .run(b -> simulated.put(b.month().toString(), (long) b.size()));
        assertThat(perMonth(dir)).isEqualTo(simulated);
        assertThat(simulated.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(result.interactions());

        DemoCompany.Result again = DemoCompany.generate(dir, 11, 20_000, first, 3, null);
        assertThat(again).isEqualTo(result);
        assertThat(perMonth(dir)).isEqualTo(simulated);
    }

    private static Map<String, Long> perMonth(Path lakeRoot) throws Exception {
        Lake lake = Lake.open(lakeRoot);
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DuckDb.open(ZoneId.of("UTC"));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT month, count(*) FROM "
                        + lake.snapshot().duckDbRelation(LakeDataset.INTERACTIONS) + " GROUP BY month")) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        }
        return counts;
    }

    private static List<String> counts(List<KpiRow> rows) {
        return rows.stream()
                .flatMap(r -> r.metrics().entrySet().stream()
                        // Means' numerators are rounded double sums whose order varies with threads.
                        .map(e -> r.keys() + e.getKey()
                                + (KpiCatalogue.byId(e.getKey()).shape() == KpiCatalogue.Shape.MEAN
                                        ? ""
                                        : e.getValue().numerator())
                                + "/" + e.getValue().denominator()))
                .toList();
    }

    private static KpiRow row(List<KpiRow> rows, String vendor) {
        return rows.stream()
                .filter(r -> vendor.equals(r.keys().get("handled_by")))
                .findFirst()
                .orElseThrow();
    }
}
