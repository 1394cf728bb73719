package com.steward.analytics.ingest;

import java.util.Locale;

/** Phase timings, printed to stderr when the system property {@code steward.import.timing} is set. */
final class ImportTiming {
    private final String file;
    private final StringBuilder laps = new StringBuilder();
    private long last = System.nanoTime();

    ImportTiming(String file) {
        this.file = file;
    }

    void lap(String phase) {
        long now = System.nanoTime();
        laps.append(String.format(Locale.ROOT, " %s=%.2fs", phase, (now - last) / 1e9));
        last = now;
    }

    void print() {
        if (System.getProperty("steward.import.timing") != null) {
            System.err.println("import " + file + ":" + laps);
        }
    }
}
