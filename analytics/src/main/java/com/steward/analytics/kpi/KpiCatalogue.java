package com.steward.analytics.kpi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Every metric the engine computes: id, display name, kind, unit, direction and the SQL file defining it. */
public final class KpiCatalogue {

    /** Quality and customer metrics lead a scorecard; operational ones are secondary. */
    public enum Kind {
        QUALITY,
        CUSTOMER,
        OPERATIONAL
    }

    public enum Unit {
        /** A count of contacts. */
        COUNT,
        /** A share between 0 and 1. */
        RATIO,
        SECONDS,
        /** Net Promoter Score, −100…100. */
        NPS_POINTS,
        /** QA score, 0…100. */
        POINTS
    }

    public enum Direction {
        HIGHER_IS_BETTER,
        LOWER_IS_BETTER,
        /** Volumes: neither good nor bad. */
        NEUTRAL
    }

    /** How the SQL columns make the value. */
    public enum Shape {
        COUNT,
        PROPORTION,
        MEAN,
        NPS
    }

    /**
     * One metric.
     *
     * @param id snake_case id as docs/data.md names it
     * @param sqlFile the SQL file (without {@code .sql}) that defines it
     */
    public record Metric(
            String id, String displayName, Kind kind, Unit unit, Direction direction, Shape shape, String sqlFile) {}

    private static final String CONTACTS = "contact_metrics";

    private static final List<Metric> METRICS = List.of(
            new Metric(
                    "csat",
                    "CSAT (top-2-box)",
                    Kind.QUALITY,
                    Unit.RATIO,
                    Direction.HIGHER_IS_BETTER,
                    Shape.PROPORTION,
                    CONTACTS),
            new Metric(
                    "nps",
                    "Net Promoter Score",
                    Kind.QUALITY,
                    Unit.NPS_POINTS,
                    Direction.HIGHER_IS_BETTER,
                    Shape.NPS,
                    CONTACTS),
            new Metric(
                    "fcr",
                    "First-contact resolution (repeat-contact)",
                    Kind.QUALITY,
                    Unit.RATIO,
                    Direction.HIGHER_IS_BETTER,
                    Shape.PROPORTION,
                    "fcr"),
            new Metric("qa", "QA score", Kind.QUALITY, Unit.POINTS, Direction.HIGHER_IS_BETTER, Shape.MEAN, CONTACTS),
            new Metric(
                    "complaint_rate",
                    "Complaint rate",
                    Kind.QUALITY,
                    Unit.RATIO,
                    Direction.LOWER_IS_BETTER,
                    Shape.PROPORTION,
                    CONTACTS),
            new Metric(
                    "resolved_rate",
                    "Resolved rate (agent disposition)",
                    Kind.QUALITY,
                    Unit.RATIO,
                    Direction.HIGHER_IS_BETTER,
                    Shape.PROPORTION,
                    CONTACTS),
            new Metric(
                    "churn_after_contact",
                    "Churn after contact",
                    Kind.CUSTOMER,
                    Unit.RATIO,
                    Direction.LOWER_IS_BETTER,
                    Shape.PROPORTION,
                    "churn_after_contact"),
            new Metric(
                    "lead_conversion",
                    "Lead conversion",
                    Kind.CUSTOMER,
                    Unit.RATIO,
                    Direction.HIGHER_IS_BETTER,
                    Shape.PROPORTION,
                    "lead_conversion"),
            new Metric("offered", "Offered", Kind.OPERATIONAL, Unit.COUNT, Direction.NEUTRAL, Shape.COUNT, CONTACTS),
            new Metric("answered", "Answered", Kind.OPERATIONAL, Unit.COUNT, Direction.NEUTRAL, Shape.COUNT, CONTACTS),
            new Metric(
                    "abandoned",
                    "Abandoned",
                    Kind.OPERATIONAL,
                    Unit.COUNT,
                    Direction.LOWER_IS_BETTER,
                    Shape.COUNT,
                    CONTACTS),
            new Metric(
                    "service_level",
                    "Service level",
                    Kind.OPERATIONAL,
                    Unit.RATIO,
                    Direction.HIGHER_IS_BETTER,
                    Shape.PROPORTION,
                    CONTACTS),
            new Metric(
                    "abandonment_rate",
                    "Abandonment rate",
                    Kind.OPERATIONAL,
                    Unit.RATIO,
                    Direction.LOWER_IS_BETTER,
                    Shape.PROPORTION,
                    CONTACTS),
            new Metric(
                    "asa",
                    "Average speed of answer",
                    Kind.OPERATIONAL,
                    Unit.SECONDS,
                    Direction.LOWER_IS_BETTER,
                    Shape.MEAN,
                    CONTACTS),
            new Metric(
                    "aht",
                    "Average handle time",
                    Kind.OPERATIONAL,
                    Unit.SECONDS,
                    Direction.LOWER_IS_BETTER,
                    Shape.MEAN,
                    CONTACTS),
            new Metric(
                    "transfer_rate",
                    "Transfer rate",
                    Kind.OPERATIONAL,
                    Unit.RATIO,
                    Direction.LOWER_IS_BETTER,
                    Shape.PROPORTION,
                    CONTACTS));

    private KpiCatalogue() {}

    /** All metrics, quality and customer metrics first. */
    public static List<Metric> metrics() {
        return METRICS;
    }

    public static Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        METRICS.forEach(m -> ids.add(m.id()));
        return ids;
    }

    public static Metric byId(String id) {
        return METRICS.stream()
                .filter(m -> m.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown metric '" + id + "'; known: " + ids()));
    }
}
