package com.steward.app.lake;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.DuckDbEngine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.simulator.DemoCompany;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPI results are computed once per lake generation and recomputed after the lake changes. */
class InteractionLakeCacheTest {

    @TempDir
    Path dataDir;

    @Test
    void theSameQueryOnTheSameDataIsComputedOnceAndAnImportInvalidatesIt() {
        InteractionLake lake = InteractionLake.at(dataDir);
        DemoCompany.generate(lake.lake().root(), 1, 3_000, YearMonth.of(2026, 1), 2, null);
        KpiQuery query = KpiQuery.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), Dimension.HANDLED_BY);

        List<KpiRow> first = lake.kpis(query);
        assertThat(lake.kpis(query)).isSameAs(first);
        assertThat(first).isEqualTo(new DuckDbEngine(lake.lake()).run(query));

        DemoCompany.generate(lake.lake().root(), 2, 6_000, YearMonth.of(2026, 1), 2, null);
        List<KpiRow> after = lake.kpis(query);
        assertThat(after).isNotSameAs(first).isEqualTo(new DuckDbEngine(lake.lake()).run(query));
        assertThat(after).isNotEqualTo(first);
    }
}
