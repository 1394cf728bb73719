package com.steward.analytics.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A canonical column as the importer sees it: its type and whether a value is required. Only what every ACD/CCaaS
 * log has is required (docs/data.md, "The canonical CSV"); any other column may be absent from the file or empty, and is
 * then stored as NULL ("not reported"), never defaulted.
 */
record CanonicalColumn(String name, Type type, boolean required, double min, double max) {
    /** The earliest timestamp accepted. */
    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    /** Timestamps must be before this. */
    static final Instant END_OF_TIME = Instant.parse("2100-01-01T00:00:00Z");

    enum Type {
        TEXT("text"),
        LOWER_TEXT("text"),
        BOOLEAN("boolean (true/false, yes/no, 1/0)"),
        TIMESTAMP("timestamp"),
        INTEGER("whole number"),
        NUMBER("number"),
        DURATION("duration (seconds or hh:mm:ss)");

        final String description;

        Type(String description) {
            this.description = description;
        }
    }

    static CanonicalColumn text(String name, boolean required) {
        return new CanonicalColumn(name, Type.TEXT, required, 0, 0);
    }

    static CanonicalColumn of(String name, Type type, boolean required) {
        return new CanonicalColumn(name, type, required, Double.NaN, Double.NaN);
    }

    static CanonicalColumn ranged(String name, Type type, boolean required, double min, double max) {
        return new CanonicalColumn(name, type, required, min, max);
    }

    boolean hasRange() {
        return !Double.isNaN(min) && type != Type.TEXT && type != Type.LOWER_TEXT;
    }

    static final List<CanonicalColumn> INTERACTION = List.of(
            text("interaction_id", true),
            text("handled_by", true),
            text("site", false),
            of("channel", Type.LOWER_TEXT, true),
            text("queue", false),
            text("region", false),
            text("customer_id", false),
            of("is_customer", Type.BOOLEAN, false),
            of("arrived_at", Type.TIMESTAMP, true),
            of("answered_at", Type.TIMESTAMP, false),
            of("ended_at", Type.TIMESTAMP, true),
            ranged("handle_seconds", Type.DURATION, false, 0, 7 * 86_400),
            of("transferred", Type.BOOLEAN, false),
            of("resolved", Type.BOOLEAN, false),
            of("complaint", Type.BOOLEAN, false),
            text("agent_id", false),
            ranged("csat", Type.INTEGER, false, 1, 5),
            ranged("nps", Type.INTEGER, false, 0, 10),
            ranged("qa_score", Type.NUMBER, false, 0, 100));

    static final List<CanonicalColumn> CUSTOMER_EVENT = List.of(
            text("customer_id", true),
            of("event", Type.LOWER_TEXT, true),
            of("at", Type.TIMESTAMP, true),
            ranged("value", Type.NUMBER, false, -1e12, 1e12));
}
