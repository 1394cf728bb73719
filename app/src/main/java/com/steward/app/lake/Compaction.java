package com.steward.app.lake;

import java.time.Duration;

/**
 * What compacting one lake dataset did.
 *
 * @param dataset the dataset's folder name
 * @param merged whether any partition had more than one file to merge (else nothing was written)
 * @param generation the lake generation after the compaction (unchanged when nothing was merged)
 */
public record Compaction(
        String dataset,
        boolean merged,
        int filesBefore,
        int filesAfter,
        int partitionsRewritten,
        long rowsWritten,
        long generation,
        Duration took) {}
