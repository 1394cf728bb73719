package com.steward.app.monitoring;

import java.time.Instant;

/**
 * Raises an operational alert (see {@link OperationalAlert}).
 *
 * @param link a path inside the application, e.g. {@code /govern/imports/42}
 * @param at when it happened
 */
public record RaiseOperationalAlert(String origin, String kind, String message, String link, Instant at) {

    public RaiseOperationalAlert {
        if (!link.startsWith("/")) {
            throw new IllegalArgumentException("an alert links inside the application: " + link);
        }
    }

    /** An alert of the drop folder called {@code name}. */
    public static RaiseOperationalAlert dropFolder(String name, String kind, String message, String link, Instant at) {
        return new RaiseOperationalAlert(dropFolderOrigin(name), kind, message, link, at);
    }

    /** The origin of the drop folder called {@code name}'s alerts. */
    public static String dropFolderOrigin(String name) {
        return "drop folder " + name;
    }
}
