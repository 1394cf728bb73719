package com.steward.analytics.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.lake.Lake;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
