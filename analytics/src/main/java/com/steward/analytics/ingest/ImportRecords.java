package com.steward.analytics.ingest;

import com.steward.analytics.lake.Lake;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** The record and report of an import, and waiting for its checksum. */
final class ImportRecords {
    private ImportRecords() {}

    /** The import's record: the file, its checksum, the mapping, the stamp of its rows, and what was stored. */
    static ImportRecord record(
            ImportRequest request,
            String fileName,
            String hash,
            ImportChecks.Stamp stamp,
            long accepted,
            long rejected,
            boolean stored) {
        return new ImportRecord(
                fileName,
                hash,
                request.mapping().name(),
                stamp.source(),
                stamp.importId(),
                stamp.importedAt(),
                accepted,
                rejected,
                stored);
    }

    /** The report of a file whose every row was committed (one-pass and direct paths). */
    static ImportReport wholeFileAccepted(
            ImportRequest request,
            String fileName,
            long totalBytes,
            CompletableFuture<String> checksum,
            String importId,
            Instant importedAt,
            long accepted,
            Lake.Commit commit,
            ImportTiming timing) {
        if (request.rejectsCsv() != null) {
            try {
                Files.writeString(request.rejectsCsv(), "file,line,column,value,reason\n");
            } catch (IOException e) {
                throw new ImportException(fileName, 0, null, "cannot write the rejects file: " + e.getMessage(), e);
            }
        }
        String hash = join(checksum);
        timing.lap("checksum wait");
        var progress = request.progress();
        progress.accept(new ImportProgress("writing", accepted, totalBytes, totalBytes));
        progress.accept(new ImportProgress("done", accepted, totalBytes, totalBytes));
        ImportRecord record = record(
                request,
                fileName,
                hash,
                new ImportChecks.Stamp(request.source(), importId, importedAt),
                accepted,
                0,
                true);
        timing.print();
        return new ImportReport(record, accepted, List.of(), commit.generation());
    }

    static String join(CompletableFuture<String> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
