package com.steward.app.scorecards;

import java.time.Instant;
import java.util.List;

/**
 * Progress of a run over all contracts.
 *
 * @param total contracts to run
 * @param done contracts finished (with or without error)
 * @param runIds the runs created so far
 * @param errors one line per contract that could not be run
 * @param finished true when every contract is done
 */
public record RunBatch(
        String id,
        String period,
        int total,
        int done,
        List<Long> runIds,
        List<String> errors,
        boolean finished,
        Instant startedAt,
        Instant finishedAt) {

    public RunBatch {
        runIds = List.copyOf(runIds);
        errors = List.copyOf(errors);
    }

    /** Percent done, 0–100. */
    public int percent() {
        return total == 0 ? 100 : (int) Math.round(100.0 * done / total);
    }
}
