package com.steward.app.rollout;

import static org.assertj.core.api.Assertions.assertThat;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiSql;
import com.steward.analytics.kpi.MetricValue;
import org.junit.jupiter.api.Test;

/** A gate whose metric is not reported (n = 0) on either side is insufficient data, never PASS or FAIL. */
class NotReportedGateTest {
    private static final Gate RESOLVED_NOT_WORSE =
            new Gate(1, "resolved_rate", Gate.Basis.RELATIVE, Gate.Comparison.AT_LEAST, -2);
    private static final Gate AHT_AT_MOST = new Gate(2, "aht", Gate.Basis.ABSOLUTE, Gate.Comparison.AT_MOST, 400);

    private static MetricSample sample(String metric, MetricValue value) {
        return PhaseMetrics.sample(KpiCatalogue.byId(metric), value, 5_000);
    }

    @Test
    void aNotReportedValueBecomesASampleWithoutData() {
        MetricSample s = sample("resolved_rate", KpiSql.proportion(0, 0));
        assertThat(s.hasData()).isFalse();
        assertThat(s.observations()).isZero();
        assertThat(s.contacts()).isEqualTo(5_000);
    }

    @Test
    void theVendorNotReportingTheMetricIsInsufficientDataThoughInHouseDoes() {
        GateEvaluation e = GateRules.evaluate(
                RESOLVED_NOT_WORSE,
                sample("resolved_rate", KpiSql.proportion(0, 0)),
                sample("resolved_rate", KpiSql.proportion(4_000, 5_000)));
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(e.verdict().label()).isEqualTo("insufficient data");
        assertThat(e.tested()).isNull();
        assertThat(e.explanation()).contains("not reported for the vendor");
    }

    @Test
    void inHouseNotReportingTheMetricIsInsufficientDataHoweverGoodTheVendorIs() {
        GateEvaluation e = GateRules.evaluate(
                RESOLVED_NOT_WORSE,
                sample("resolved_rate", KpiSql.proportion(4_900, 5_000)),
                sample("resolved_rate", KpiSql.proportion(0, 0)));
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(e.explanation()).contains("not reported in-house");
    }

    @Test
    void anAbsoluteGateOnAMeanNoContactReportsIsInsufficientData() {
        GateEvaluation e = GateRules.evaluate(AHT_AT_MOST, sample("aht", KpiSql.mean(0, 0, 0)), null);
        assertThat(e.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        // The same gate decides once the metric is reported: 1,000 handle times of exactly 300 s pass "≤ 400 s".
        GateEvaluation reported =
                GateRules.evaluate(AHT_AT_MOST, sample("aht", KpiSql.mean(300_000, 90_000_000, 1_000)), null);
        assertThat(reported.verdict()).isEqualTo(Verdict.PASS);
    }
}
