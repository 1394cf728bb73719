package com.steward.app.rollout;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.KpiCatalogue;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.MetricValue;
import com.steward.app.lake.InteractionLake;
import com.steward.core.statistics.ProportionIntervals;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Reads a phase's metrics from the lake for the vendor and in-house. The caller has already checked that the
 * plan is visible; in-house numbers are read unscoped because every gate is defined relative to them.
 */
@Component
class PhaseMetrics {

    static final String INHOUSE = "inhouse";
    static final String OFFERED = "offered";

    private final InteractionLake lake;

    PhaseMetrics(InteractionLake lake) {
        this.lake = lake;
    }

    /** handler → metric → sample, for the phase's segments between {@code from} and {@code to}. */
    Map<String, Map<String, MetricSample>> byHandler(
            Phase phase, LocalDate from, LocalDate to, Set<String> handlers, Set<String> metrics) {
        Map<String, Map<String, MetricSample>> out = new HashMap<>();
        for (KpiRow row : run(phase, from, to, handlers, metrics)) {
            out.put(row.keys().get(Dimension.HANDLED_BY.key()), samples(row, metrics));
        }
        return out;
    }

    /** "handler|queue|region" → metric → sample, for mix adjustment. */
    Map<String, Map<String, MetricSample>> bySegment(
            Phase phase, LocalDate from, LocalDate to, Set<String> handlers, Set<String> metrics) {
        Map<String, Map<String, MetricSample>> out = new HashMap<>();
        for (KpiRow row : run(phase, from, to, handlers, metrics, Dimension.QUEUE, Dimension.REGION)) {
            String key = row.keys().get(Dimension.HANDLED_BY.key()) + "|"
                    + row.keys().get(Dimension.QUEUE.key()) + "|" + row.keys().get(Dimension.REGION.key());
            out.put(key, samples(row, metrics));
        }
        return out;
    }

    private List<KpiRow> run(
            Phase phase, LocalDate from, LocalDate to, Set<String> handlers, Set<String> metrics, Dimension... more) {
        if (!lake.hasInteractions() || to.isBefore(from)) {
            return List.of();
        }
        Dimension[] groupBy = new Dimension[more.length + 1];
        groupBy[0] = Dimension.HANDLED_BY;
        System.arraycopy(more, 0, groupBy, 1, more.length);
        Set<String> wanted = new HashSet<>(metrics);
        wanted.add(OFFERED);
        KpiQuery query = KpiQuery.of(from, to, groupBy).withMetrics(wanted).withVendors(handlers);
        if (!phase.queues().isEmpty()) {
            query = query.withSegment(Dimension.QUEUE, Set.copyOf(phase.queues()));
        }
        if (!phase.regions().isEmpty()) {
            query = query.withSegment(Dimension.REGION, Set.copyOf(phase.regions()));
        }
        return lake.kpis(query);
    }

    private static Map<String, MetricSample> samples(KpiRow row, Set<String> metrics) {
        MetricValue offered = row.metric(OFFERED);
        long contacts = offered == null ? 0 : offered.numerator();
        Map<String, MetricSample> out = new HashMap<>();
        for (String metric : metrics) {
            MetricValue v = row.metric(metric);
            if (v != null) {
                out.put(metric, sample(KpiCatalogue.byId(metric), v, contacts));
            }
        }
        return out;
    }

    static MetricSample sample(KpiCatalogue.Metric metric, MetricValue v, long contacts) {
        if (v.denominator() <= 0 || !v.reported()) {
            return new MetricSample(Double.NaN, null, null, 0, 0, contacts, 0);
        }
        if (metric.shape() == KpiCatalogue.Shape.PROPORTION) {
            double p = (double) v.numerator() / v.denominator();
            return new MetricSample(
                    100 * p,
                    v.low() == null ? null : 100 * v.low(),
                    v.high() == null ? null : 100 * v.high(),
                    v.numerator(),
                    v.denominator(),
                    contacts,
                    100 * Math.sqrt(p * (1 - p)));
        }
        // means: the engine's 95% normal interval is x̄ ± z·s/√n, so s = (high − low)/(2z)·√n
        double sd = v.low() == null || v.high() == null
                ? 0
                : (v.high() - v.low()) / (2 * ProportionIntervals.Z_95) * Math.sqrt(v.denominator());
        return new MetricSample(v.value(), v.low(), v.high(), v.numerator(), v.denominator(), contacts, sd);
    }
}
