package com.steward.app.scorecards;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.stereotype.Component;

/**
 * The state of runs over all contracts: each batch's progress, kept in memory while the application runs, and the
 * one background thread that runs them.
 */
@Component
class RunBatches {

    private final Map<String, RunBatch> batches = new ConcurrentHashMap<>();
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scorecard-runs");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;

    RunBatches(Clock clock) {
        this.clock = clock;
    }

    /** A new batch of {@code total} contracts, finished at once when there are none. */
    RunBatch start(String label, int total, boolean finishedWhenEmpty) {
        String id = UUID.randomUUID().toString();
        boolean finished = finishedWhenEmpty && total == 0;
        batches.put(
                id,
                new RunBatch(
                        id,
                        label,
                        total,
                        0,
                        List.of(),
                        List.of(),
                        finished,
                        clock.instant(),
                        finished ? clock.instant() : null));
        return batches.get(id);
    }

    /** Records progress: {@code done} contracts so far, the runs created and the errors met. */
    void progress(String id, int done, List<Long> runIds, List<String> errors, boolean finished) {
        RunBatch b = batches.get(id);
        batches.put(
                id,
                new RunBatch(
                        id,
                        b.period(),
                        b.total(),
                        done,
                        runIds,
                        errors,
                        finished,
                        b.startedAt(),
                        finished ? clock.instant() : null));
    }

    RunBatch get(String id) {
        RunBatch batch = batches.get(id);
        if (batch == null) {
            throw ScorecardRunNotFoundException.batch(id);
        }
        return batch;
    }

    void submit(Runnable work) {
        background.submit(work);
    }
}
