package com.steward.app.contracts;

import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.core.scorecards.Direction;
import com.steward.core.scorecards.MetricKind;
import java.util.List;
import java.util.Optional;

/**
 * The metrics a scorecard may use: the KPI catalogue's metrics that have a good direction
 * (volumes such as offered and answered are neither good nor bad and cannot be scored).
 */
public final class ScorecardCatalogue {

    private ScorecardCatalogue() {}

    /** Scorable metrics, quality and customer first (the catalogue's order). */
    public static List<KpiCatalogue.Metric> scorable() {
        return KpiCatalogue.metrics().stream()
                .filter(m -> m.direction() != KpiCatalogue.Direction.NEUTRAL)
                .toList();
    }

    public static Optional<KpiCatalogue.Metric> find(String id) {
        return scorable().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    static MetricKind kind(KpiCatalogue.Metric metric) {
        return MetricKind.valueOf(metric.kind().name());
    }

    static Direction direction(KpiCatalogue.Metric metric) {
        return Direction.valueOf(metric.direction().name());
    }
}
