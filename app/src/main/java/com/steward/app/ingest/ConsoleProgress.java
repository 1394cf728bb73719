package com.steward.app.ingest;

import com.steward.analytics.ingest.ImportProgress;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line terminal progress bar ({@code \r}-redrawn, plain ANSI-free text) with rows per second, for the CLI.
 * Thread-safe: the importer reports from two threads. Redraws at most ten times a second.
 */
public final class ConsoleProgress {

    private static final int WIDTH = 30;

    private final PrintWriter out;
    private final String label;
    private final long startNanos = System.nanoTime();
    private long lastDrawNanos;
    private int lastLength;

    public ConsoleProgress(PrintWriter out, String label) {
        this.out = out;
        this.label = label;
    }

    /** For {@link com.steward.analytics.ingest.ImportRequest#progress()}. */
    public synchronized void importProgress(ImportProgress p) {
        double fraction = switch (p.phase()) {
            case "hashing", "reading" -> 0.4 * (p.totalBytes() == 0 ? 0 : p.bytesProcessed() / (double) p.totalBytes());
            case "validating" -> 0.5;
            case "writing" -> 0.75;
            case "done" -> 1.0;
            default -> 0;
        };
        draw(p.phase(), fraction, p.rowsProcessed(), "rows", p.phase().equals("done"));
    }

    /** For the demo simulator: a phase and how many of a total are done. */
    public synchronized void step(String phase, long done, long total) {
        draw(phase, total <= 0 ? 0 : Math.min(1.0, done / (double) total), done, "rows", false);
    }

    /** Ends the line. */
    public synchronized void finish() {
        if (lastLength > 0) {
            out.println();
            out.flush();
            lastLength = 0;
        }
    }

    private void draw(String phase, double fraction, long rows, String unit, boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDrawNanos < 100_000_000L && lastLength > 0) {
            return;
        }
        lastDrawNanos = now;
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        int filled = (int) Math.round(fraction * WIDTH);
        String line = String.format(
                Locale.ROOT,
                "%s [%s%s] %3d%% %-20s %,12d %s %,10.0f %s/s %6.1fs",
                label,
                "#".repeat(filled),
                ".".repeat(WIDTH - filled),
                Math.round(fraction * 100),
                phase,
                rows,
                unit,
                rows / seconds,
                unit,
                seconds);
        String padding = lastLength > line.length() ? " ".repeat(lastLength - line.length()) : "";
        out.print("\r" + line + padding);
        out.flush();
        lastLength = line.length();
    }
}
