package com.steward.analytics.kpi;

import java.util.Arrays;
import java.util.Locale;

/** What a KPI result can be grouped by; at most one of the period dimensions per query. */
public enum Dimension {
    HANDLED_BY,
    SITE,
    CHANNEL,
    QUEUE,
    REGION,
    AGENT_ID,
    DAY,
    WEEK,
    MONTH,
    QUARTER;

    /** The snake_case key name used in rows, CLI and JSON. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isPeriod() {
        return ordinal() >= DAY.ordinal();
    }

    /** Parses a key such as {@code handled_by} or {@code agent} (alias of {@code agent_id}). */
    public static Dimension fromKey(String key) {
        String k = key.trim().toLowerCase(Locale.ROOT);
        if (k.equals("agent")) {
            return AGENT_ID;
        }
        return Arrays.stream(values())
                .filter(d -> d.key().equals(k))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown dimension '" + key + "'; use one of "
                        + Arrays.toString(values()).toLowerCase(Locale.ROOT)));
    }
}
