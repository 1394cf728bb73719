package com.steward.app.ingest;

import com.steward.analytics.ingest.ImportPolicy;
import java.util.Locale;

/** The import policy's user-facing names: {@code reject-file} and {@code accept-good}. */
public final class Policies {

    private Policies() {}

    public static ImportPolicy parse(String text) {
        if (text == null || text.isBlank()) {
            return ImportPolicy.REJECT_FILE;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "reject-file" -> ImportPolicy.REJECT_FILE;
            case "accept-good" -> ImportPolicy.ACCEPT_GOOD;
            default ->
                throw new IllegalArgumentException("unknown policy '" + text + "'; use reject-file or accept-good");
        };
    }

    public static String key(ImportPolicy policy) {
        return policy.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
