package com.steward.analytics.feeds;

import java.util.Locale;

/** What a feed import does with a row whose interaction is not (yet) in the lake under the import's source. */
public enum UnknownInteractions {
    /** The row is rejected with the reason (the file's policy then decides whether the others are stored). */
    REJECT,
    /**
     * The row is stored and counted in the report: the interactions may arrive later (the KPIs join whatever
     * matches at query time).
     */
    KEEP;

    /** {@code reject} or {@code keep}, as the CLI, the API and the upload page name them. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UnknownInteractions parse(String text) {
        if (text == null || text.isBlank()) {
            return REJECT;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "reject" -> REJECT;
            case "keep" -> KEEP;
            default -> throw new IllegalArgumentException("unknown policy '" + text + "'; use reject or keep");
        };
    }
}
