package com.steward.analytics.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One file to import.
 *
 * @param file a CSV (any delimiter, optional BOM, optionally gzip) or Parquet file
 * @param mapping how its columns map onto the canonical ones
 * @param source the source system; with {@code interaction_id} it keys a record ({@code null}: the mapping name)
 * @param policy what to do with invalid rows
 * @param knownVendors vendor codes accepted in {@code handled_by}, normally including {@code inhouse}
 * @param rejectsCsv where to write every rejected row as CSV, or {@code null}
 * @param progress progress callback, or {@code null}
 */
public record ImportRequest(
        Path file,
        ColumnMapping mapping,
        String source,
        ImportPolicy policy,
        Set<String> knownVendors,
        Path rejectsCsv,
        Consumer<ImportProgress> progress) {

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        mapping = mapping == null ? ColumnMapping.canonical() : mapping;
        source = source == null || source.isBlank() ? mapping.name() : source;
        policy = policy == null ? ImportPolicy.REJECT_FILE : policy;
        knownVendors = knownVendors == null ? Set.of() : Set.copyOf(knownVendors);
        progress = progress == null ? p -> {} : progress;
    }

    /** A request with the canonical mapping and no callbacks. */
    public static ImportRequest of(Path file, String source, ImportPolicy policy, Set<String> knownVendors) {
        return new ImportRequest(file, null, source, policy, knownVendors, null, null);
    }

    public ImportRequest withFile(Path newFile) {
        return new ImportRequest(newFile, mapping, source, policy, knownVendors, rejectsCsv, progress);
    }

    public ImportRequest withMapping(ColumnMapping newMapping) {
        return new ImportRequest(file, newMapping, source, policy, knownVendors, rejectsCsv, progress);
    }

    public ImportRequest withProgress(Consumer<ImportProgress> listener) {
        return new ImportRequest(file, mapping, source, policy, knownVendors, rejectsCsv, listener);
    }

    public ImportRequest withSource(String newSource) {
        return new ImportRequest(file, mapping, newSource, policy, knownVendors, rejectsCsv, progress);
    }

    public ImportRequest withPolicy(ImportPolicy newPolicy) {
        return new ImportRequest(file, mapping, source, newPolicy, knownVendors, rejectsCsv, progress);
    }

    public ImportRequest withRejectsCsv(Path path) {
        return new ImportRequest(file, mapping, source, policy, knownVendors, path, progress);
    }
}
