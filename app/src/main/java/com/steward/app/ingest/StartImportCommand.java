package com.steward.app.ingest;

import com.steward.analytics.ingest.ImportPolicy;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One file to import.
 *
 * @param dataset what the file holds
 * @param file the file on this machine (an upload is saved first)
 * @param mappingName a saved mapping's name, or {@code null} / {@code canonical} for the canonical columns
 * @param policy reject the whole file on any invalid row, or accept the good rows
 * @param source the source system keying the records ({@code null}: the mapping's name)
 * @param importedBy who started it: a user name, or {@code cli}
 * @param unknownInteractions for a feed (surveys, QA): reject or keep a row whose interaction is not in the lake
 */
public record StartImportCommand(
        Dataset dataset,
        Path file,
        String mappingName,
        ImportPolicy policy,
        String source,
        String importedBy,
        com.steward.analytics.feeds.UnknownInteractions unknownInteractions) {

    /** An import that is not a feed (or a feed rejecting rows of unknown interactions). */
    public StartImportCommand(
            Dataset dataset, Path file, String mappingName, ImportPolicy policy, String source, String importedBy) {
        this(dataset, file, mappingName, policy, source, importedBy, null);
    }

    public StartImportCommand {
        unknownInteractions = unknownInteractions == null
                ? com.steward.analytics.feeds.UnknownInteractions.REJECT
                : unknownInteractions;
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(file, "file");
        policy = policy == null ? ImportPolicy.REJECT_FILE : policy;
        mappingName = mappingName == null || mappingName.isBlank() ? null : mappingName.strip();
        source = source == null || source.isBlank() ? null : source.strip();
        importedBy = importedBy == null || importedBy.isBlank() ? "system" : importedBy;
    }
}
