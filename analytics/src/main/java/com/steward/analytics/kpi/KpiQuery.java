package com.steward.analytics.kpi;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A KPI question.
 *
 * @param from first day, inclusive, in the settings' zone
 * @param to last day, inclusive
 * @param groupBy grouping dimensions, at most one period
 * @param vendors whose contacts are read ({@link VendorFilter#all()} when null is given; the app passes a VENDOR
 *     user's own code here)
 * @param metrics metric ids to compute ({@code null} or empty = all of the catalogue)
 * @param settings windows and thresholds
 * @param segments restrictions to segments, e.g. queue ∈ {billing}, region ∈ {DE, AT} (empty = none); the
 *     vendor dimension is restricted through {@code vendors}, periods through {@code from}/{@code to}
 */
public record KpiQuery(
        LocalDate from,
        LocalDate to,
        List<Dimension> groupBy,
        VendorFilter vendors,
        Set<String> metrics,
        KpiSettings settings,
        Map<Dimension, Set<String>> segments) {

    public KpiQuery {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("need from ≤ to");
        }
        groupBy = List.copyOf(groupBy == null ? List.of() : groupBy);
        if (groupBy.stream().filter(Dimension::isPeriod).count() > 1) {
            throw new IllegalArgumentException("group by at most one period");
        }
        if (groupBy.stream().distinct().count() != groupBy.size()) {
            throw new IllegalArgumentException("a dimension appears twice");
        }
        vendors = vendors == null ? VendorFilter.all() : vendors;
        metrics = metrics == null || metrics.isEmpty() ? KpiCatalogue.ids() : Set.copyOf(metrics);
        for (String metric : metrics) {
            KpiCatalogue.byId(metric);
        }
        settings = settings == null ? KpiSettings.defaults() : settings;
        Map<Dimension, Set<String>> checked = new EnumMap<>(Dimension.class);
        for (var segment : (segments == null ? Map.<Dimension, Set<String>>of() : segments).entrySet()) {
            if (segment.getKey().isPeriod() || segment.getKey() == Dimension.HANDLED_BY) {
                throw new IllegalArgumentException("segments restrict site, channel, queue, region or agent, not "
                        + segment.getKey().key());
            }
            checked.put(segment.getKey(), Set.copyOf(segment.getValue()));
        }
        segments = Map.copyOf(checked);
    }

    /** The instant the scope starts: the start of {@code from} in the settings' zone. */
    public Instant scopeStart() {
        return from.atStartOfDay(settings.zone()).toInstant();
    }

    /** The instant the scope ends (exclusive): the start of the day after {@code to} in the settings' zone. */
    public Instant scopeEnd() {
        return to.plusDays(1).atStartOfDay(settings.zone()).toInstant();
    }

    /** A query without segment restrictions. */
    public KpiQuery(
            LocalDate from,
            LocalDate to,
            List<Dimension> groupBy,
            VendorFilter vendors,
            Set<String> metrics,
            KpiSettings settings) {
        this(from, to, groupBy, vendors, metrics, settings, Map.of());
    }

    /** All metrics, default settings, no vendor restriction. */
    public static KpiQuery of(LocalDate from, LocalDate to, Dimension... groupBy) {
        return new KpiQuery(from, to, List.of(groupBy), VendorFilter.all(), null, null);
    }

    /** The same query over the contacts {@code filter} admits. */
    public KpiQuery withVendors(VendorFilter filter) {
        return new KpiQuery(from, to, groupBy, filter, metrics, settings, segments);
    }

    /** The same query over the contacts handled by one of {@code codes} only (none when empty). */
    public KpiQuery withVendors(Set<String> codes) {
        return withVendors(VendorFilter.only(codes));
    }

    public KpiQuery withSettings(KpiSettings newSettings) {
        return new KpiQuery(from, to, groupBy, vendors, metrics, newSettings, segments);
    }

    public KpiQuery withMetrics(Set<String> ids) {
        return new KpiQuery(from, to, groupBy, vendors, ids, settings, segments);
    }

    /** Restricts the contacts to those whose {@code dimension} is one of {@code values} (e.g. a phase's queues). */
    public KpiQuery withSegment(Dimension dimension, Set<String> values) {
        Map<Dimension, Set<String>> more = new EnumMap<>(Dimension.class);
        more.putAll(segments);
        more.put(dimension, values);
        return new KpiQuery(from, to, groupBy, vendors, metrics, settings, more);
    }
}
