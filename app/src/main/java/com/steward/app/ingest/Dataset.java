package com.steward.app.ingest;

import java.util.Arrays;
import java.util.Locale;

/** What a file holds: interaction records or customer events from the CRM. */
public enum Dataset {
    INTERACTIONS("interactions"),
    CUSTOMER_EVENTS("customer-events");

    private final String key;

    Dataset(String key) {
        this.key = key;
    }

    /** The name used in the CLI, the API and the UI ({@code interactions}, {@code customer-events}). */
    public String key() {
        return key;
    }

    public static Dataset fromKey(String key) {
        String k = key == null
                ? "interactions"
                : key.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(d -> d.key.equals(k))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown dataset '" + key + "'; use interactions or customer-events"));
    }
}
