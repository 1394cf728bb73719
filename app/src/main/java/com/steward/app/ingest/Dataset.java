package com.steward.app.ingest;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a file holds: interaction records, customer events from the CRM, or a feed joined to interactions by
 * (source, interaction_id): survey responses or QA evaluations.
 */
public enum Dataset {
    INTERACTIONS("interactions"),
    CUSTOMER_EVENTS("customer-events"),
    SURVEYS("surveys"),
    QA("qa");

    private final String key;

    Dataset(String key) {
        this.key = key;
    }

    /** The name used in the CLI, the API and the UI ({@code interactions}, {@code customer-events}, ...). */
    public String key() {
        return key;
    }

    /** The analytics feed this dataset is, or {@code null} for interactions and customer events. */
    public com.steward.analytics.feeds.Feed feed() {
        return switch (this) {
            case SURVEYS -> com.steward.analytics.feeds.Feed.SURVEYS;
            case QA -> com.steward.analytics.feeds.Feed.QA;
            default -> null;
        };
    }

    public static Dataset fromKey(String key) {
        String k = key == null
                ? "interactions"
                : key.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(d -> d.key.equals(k))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown dataset '" + key + "'; use interactions, customer-events, surveys or qa"));
    }
}
