package com.steward.analytics.bench;

import java.nio.file.Path;

/** Lets ingest tests write the benchmark's canonical CSV. */
public final class ImportBenchAccess {
    private ImportBenchAccess() {}

    public static void writeCanonicalCsv(Path csv, long rows) throws Exception {
        ImportBench.writeCanonicalCsv(csv, rows);
    }
}
