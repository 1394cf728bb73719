package com.steward.analytics.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident memory (JVM heap and DuckDB's native memory alike), for the benchmarks. */
public final class PeakMemory {
    private PeakMemory() {}

    /** {@code VmHWM} of {@code /proc/self/status} in MiB, or -1 where there is no such file (not Linux). */
    public static long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
