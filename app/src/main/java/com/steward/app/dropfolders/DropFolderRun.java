package com.steward.app.dropfolders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What one run of a source counts as it takes the folder's files, and what it found wrong, each with its link. */
final class DropFolderRun {

    /** A file that needs a person: what happened and where to look. */
    record Problem(String text, String link) {}

    int imported;
    int rejected;
    int duplicates;
    int waiting;
    int ignored;

    @Nullable
    Instant lastFile;

    final List<Problem> failures = new ArrayList<>();
    final List<Problem> highRejects = new ArrayList<>();

    String summary() {
        return String.format(
                Locale.ROOT,
                "%d imported, %d rejected, %d duplicate, %d waiting, %d other file(s) ignored",
                imported,
                rejected,
                duplicates,
                waiting,
                ignored);
    }

    DropFolders.RunOutcome outcome(long sourceId) {
        return new DropFolders.RunOutcome(sourceId, imported, rejected, duplicates, waiting, ignored, summary());
    }

    String failedFiles() {
        return String.join(", ", failures.stream().map(Problem::text).toList());
    }
}
