package com.steward.app.kpi.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiSql;
import org.junit.jupiter.api.Test;

/** The KPI explorer shows "not reported" for a metric with n = 0, never 0 % or 100 %. */
class NotReportedFormatTest {
    @Test
    void aMetricWithoutObservationsReadsNotReportedWhateverItsUnit() {
        for (String id : java.util.List.of("csat", "aht", "nps", "qa", "resolved_rate")) {
            KpiCatalogue.Metric metric = KpiCatalogue.byId(id);
            assertThat(KpiPageController.format(KpiSql.proportion(0, 0).value(), metric))
                    .as(id)
                    .isEqualTo("not reported");
        }
        assertThat(KpiPageController.format(KpiSql.proportion(0, 4).value(), KpiCatalogue.byId("csat")))
                .isEqualTo("0.0 %");
    }
}
