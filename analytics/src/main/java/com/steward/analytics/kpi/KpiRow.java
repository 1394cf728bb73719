package com.steward.analytics.kpi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One group of a KPI result.
 *
 * @param keys grouping key name ({@code handled_by}, {@code month}, ...) → value; a value may be {@code null}
 *     (e.g. no site); period keys are {@code 2026-03-14} (day), {@code 2026-03-09} (week start, Monday),
 *     {@code 2026-03} (month), {@code 2026-Q1} (quarter)
 * @param metrics snake_case metric id → value
 */
public record KpiRow(Map<String, String> keys, Map<String, MetricValue> metrics) {
    public KpiRow {
        keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    public MetricValue metric(String id) {
        return metrics.get(id);
    }
}
