package com.steward.analytics.ingest;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;

/**
 * Imports interaction and customer-event files into the lake.
 *
 * <p>An interactions CSV in the canonical layout is first tried by {@link DirectImport}: Java parses, validates and
 * writes the lake's Parquet itself, and defers (storing nothing) on anything it does not parse exactly or that breaks
 * a rule. Otherwise the bulk work runs in DuckDB. A CSV in the canonical layout is first tried in one
 * pass: typed read, every rule and the staging Parquet write in one statement, committed through
 * {@link Lake#upsertOnce} only if every row passes. Otherwise (or for mapped files and Parquet) the file is read
 * with every column as text, mapped and typed with {@code TRY_CAST}, and each validation rule is a SQL predicate
 * producing reject rows (line, column, value, reason); valid rows are then {@linkplain Lake#upsert upserted} in
 * one atomic commit.
 */
public final class Importer {
    /** How many reject reasons an {@link ImportReport} holds in memory. */
    public static final int MAX_REPORTED_REJECTS = 10_000;

    /** Allowed {@code channel} values. */
    public static final Set<String> CHANNELS = Set.of("voice", "chat", "email", "messaging");

    /** Allowed customer {@code event} values. */
    public static final Set<String> EVENTS = Set.of("became_customer", "churned");

    private static final Pattern VENDOR_CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    /** Longest text value accepted, in characters. */
    static final int MAX_TEXT = 256;

    private final Lake lake;
    private final boolean directPath;

    public Importer(Lake lake) {
        this(lake, true);
    }

    private Importer(Lake lake, boolean directPath) {
        this.lake = lake;
        this.directPath = directPath;
    }

    /** An importer that never tries {@link DirectImport} (the DuckDB paths only), for comparisons. */
    static Importer duckDbOnly(Lake lake) {
        return new Importer(lake, false);
    }

    /** Imports interaction records; {@link ImportRequest#knownVendors()} limits {@code handled_by}. */
    public ImportReport importInteractions(ImportRequest request) {
        for (String vendor : request.knownVendors()) {
            if (!VENDOR_CODE.matcher(vendor).matches()) {
                throw new IllegalArgumentException("vendor codes must match " + VENDOR_CODE + ": " + vendor);
            }
        }
        if (request.knownVendors().isEmpty()) {
            throw new IllegalArgumentException("knownVendors must list the vendor codes (and inhouse)");
        }
        return run(request, LakeDataset.INTERACTIONS, CanonicalColumn.INTERACTION);
    }

    /** The first rows of a file as a mapping makes them, and the file's header; nothing is stored. */
    public record Preview(List<String> header, List<String> columns, List<List<String>> rows, ImportReport head) {}

    /** What a dry run collects besides its report. */
    private static final class DryRun {
        final int rows;
        List<String> header = List.of();
        List<List<String>> sample = List.of();

        DryRun(int rows) {
            this.rows = rows;
        }
    }

    /**
     * The first {@code rows} data rows of the file mapped and validated (their rejects in {@link Preview#head()}),
     * reading only the head of the file however large it is: the first lines are copied to a temporary file, which
     * goes through the same text path as an import, without storing anything.
     */
    public Preview preview(ImportRequest request, LakeDataset dataset, int rows) {
        Path head = FileHead.copy(request.file(), rows);
        try {
            DryRun dryRun = new DryRun(rows);
            ImportReport report = dryRun(request.withFile(head), dataset, dryRun);
            List<CanonicalColumn> canonical = canonical(dataset);
            List<RejectedRow> rejects = report.rejects().stream()
                    .map(r -> new RejectedRow(
                            request.file().getFileName().toString(), r.line(), r.column(), r.value(), r.reason()))
                    .toList();
            return new Preview(
                    dryRun.header,
                    canonical.stream().map(CanonicalColumn::name).toList(),
                    dryRun.sample,
                    new ImportReport(
                            report.record(), report.rowsRead(), rejects, report.lakeGeneration(), report.filtered()));
        } finally {
            FileHead.delete(head);
        }
    }

    /** The whole file through the text path, validated and counted exactly as an import, storing nothing. */
    public ImportReport test(ImportRequest request, LakeDataset dataset) {
        return dryRun(request, dataset, new DryRun(0));
    }

    private ImportReport dryRun(ImportRequest request, LakeDataset dataset, DryRun dryRun) {
        Path file = request.file();
        String fileName = file.getFileName().toString();
        long totalBytes;
        try {
            totalBytes = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, "cannot read file: " + e.getMessage(), e);
        }
        return attempt(
                request,
                dataset,
                canonical(dataset),
                fileName,
                totalBytes,
                CompletableFuture.completedFuture(null),
                "dry-run",
                dryRun);
    }

    private static List<CanonicalColumn> canonical(LakeDataset dataset) {
        return dataset == LakeDataset.INTERACTIONS ? CanonicalColumn.INTERACTION : CanonicalColumn.CUSTOMER_EVENT;
    }

    /** Imports customer events ({@code became_customer}, {@code churned}) from the CRM. */
    public ImportReport importCustomerEvents(ImportRequest request) {
        return run(request, LakeDataset.CUSTOMER_EVENTS, CanonicalColumn.CUSTOMER_EVENT);
    }

    private ImportReport run(ImportRequest request, LakeDataset dataset, List<CanonicalColumn> canonical) {
        Path file = request.file();
        String fileName = file.getFileName().toString();
        long totalBytes;
        try {
            totalBytes = Files.size(file);
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, "cannot read file: " + e.getMessage(), e);
        }
        var progress = request.progress();
        // The checksum is computed on its own thread while DuckDB reads the file (both hit the page cache).
        CompletableFuture<String> checksum = CompletableFuture.supplyAsync(
                () -> ImportFiles.sha256(file, totalBytes, request), Thread::startVirtualThread);
        String importId = UUID.randomUUID().toString();
        try {
            ImportReport report = direct(request, dataset, fileName, totalBytes, checksum, importId);
            if (report == null) {
                report = onePass(request, dataset, canonical, fileName, totalBytes, checksum, importId);
            }
            return report != null
                    ? report
                    : attempt(request, dataset, canonical, fileName, totalBytes, checksum, importId, null);
        } finally {
            checksum.cancel(false);
        }
    }

    /**
     * The all-text import: every column is read as text, mapped and typed with {@code TRY_CAST}; produces the
     * line/column/value/reason report for every rejected row.
     */
    private ImportReport attempt(
            ImportRequest request,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            String fileName,
            long totalBytes,
            CompletableFuture<String> checksum,
            String importId,
            DryRun dryRun) {
        ImportTiming timing = new ImportTiming(fileName + " (text read)");
        try (Connection connection = DuckDb.open(request.mapping().timeZone())) {
            request.progress().accept(new ImportProgress("reading", 0, 0, totalBytes));
            ImportFiles.Source source = ImportFiles.source(connection, request.file(), fileName, request.mapping());
            if (dryRun != null) {
                dryRun.header = source.columns();
            }
            List<ImportChecks.Check> checks = check(connection, request, dataset, canonical, source);
            timing.lap("read+type+validate");
            long filtered = DuckDb.queryLong(connection, "SELECT count(*) FROM checked WHERE NOT __keep");
            long rowsRead = DuckDb.queryLong(connection, "SELECT count(*) FROM checked") - filtered;
            request.progress().accept(new ImportProgress("validating", rowsRead, 0, totalBytes));
            ImportChecks.createRejects(connection, source, request.mapping(), dataset, canonical, checks);
            timing.lap("rejects");
            // one row of the file is one reject, however many errors DuckDB reports on it: a truncated last line
            // gets one "missing columns" error per absent column (16 for a line of 3 of 19 columns, counted as 16)
            long structural = DuckDb.queryLong(connection, "SELECT count(DISTINCT line) FROM structural_rejects");
            long badLines = ImportChecks.rejectedLines(connection);
            long rejectedRows = structural + badLines;
            long accepted = rowsRead - badLines;
            List<RejectedRow> rejects = reportRejects(connection, request, fileName);
            boolean commit = dryRun == null
                    && accepted > 0
                    && (rejectedRows == 0 || request.policy() == ImportPolicy.ACCEPT_GOOD);
            if (dryRun != null && dryRun.rows > 0) {
                dryRun.sample = ImportChecks.sample(connection, canonical, dryRun.rows);
            }
            Instant importedAt = Instant.now();
            long generation = lake.snapshot().generation();
            if (commit) {
                request.progress().accept(new ImportProgress("writing", rowsRead, totalBytes, totalBytes));
                generation = store(connection, request, dataset, canonical, importId, importedAt, badLines > 0, source);
                timing.lap("write lake");
            }
            String hash = ImportRecords.join(checksum);
            timing.lap("checksum wait");
            request.progress().accept(new ImportProgress("done", rowsRead, totalBytes, totalBytes));
            ImportRecord record = ImportRecords.record(
                    request,
                    fileName,
                    hash,
                    new ImportChecks.Stamp(request.source(), importId, importedAt),
                    accepted,
                    rejectedRows,
                    commit);
            timing.print();
            return new ImportReport(record, rowsRead + structural + filtered, rejects, generation, filtered);
        } catch (SQLException e) {
            throw new ImportException(fileName, 0, null, ImportFiles.readableDuckDbError(e), e);
        } catch (LakeException e) {
            throw new ImportException(fileName, 0, null, e.getMessage(), e);
        }
    }

    /** The rejects to report (expression failures explained), copied to the request's rejects file if any. */
    private static List<RejectedRow> reportRejects(Connection connection, ImportRequest request, String fileName)
            throws SQLException {
        List<RejectedRow> rejects = MappingSql.explainExpressionFailures(
                connection, ImportChecks.reportedRejects(connection, fileName), request.mapping());
        if (request.rejectsCsv() != null) {
            ImportChecks.copyRejects(connection, fileName, request.rejectsCsv());
        }
        return rejects;
    }

    /** Upserts the valid rows of {@code checked} (all but the rejected lines) and returns the new generation. */
    private long store(
            Connection connection,
            ImportRequest request,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            String importId,
            Instant importedAt,
            boolean hasRejects,
            ImportFiles.Source source)
            throws SQLException {
        ImportChecks.Stamp stamp = new ImportChecks.Stamp(request.source(), importId, importedAt);
        ImportChecks.createIncoming(connection, dataset, canonical, stamp, hasRejects, source.lineOffset());
        return lake.upsert(connection, dataset, "incoming").generation();
    }

    /**
     * Maps, types and validates the file into the {@code checked} table (after locking the connection down to the
     * file, the rejects file and the lake); returns the rules it checked.
     */
    private List<ImportChecks.Check> check(
            Connection connection,
            ImportRequest request,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            ImportFiles.Source source)
            throws SQLException {
        String fileName = request.file().getFileName().toString();
        Map<String, RowExpression> expressions = MappingSql.expressions(request.mapping(), source.columns(), fileName);
        ImportFiles.lockDown(connection, request.file(), request.rejectsCsv(), lake.root());
        Map<String, String> sourceColumns =
                MappingSql.resolveColumns(source.columns(), fileName, request.mapping(), canonical);
        List<ImportChecks.Check> checks = ImportChecks.checks(request, dataset, canonical, false);
        ImportChecks.createChecked(
                connection, source, request.mapping(), expressions, dataset, canonical, sourceColumns, checks);
        return checks;
    }

    /**
     * The one-pass import of a CSV in the canonical layout (identity mapping, header naming canonical columns):
     * one statement reads the file with explicit column types (no sniffing, no text copies of typed columns),
     * evaluates every {@link ImportChecks.Check} and writes the rows straight into the lake's staging Parquet; a row failing
     * any check aborts the statement through DuckDB's {@code error()}. The staged keys are checked for duplicates
     * before the commit is published. Returns {@code null}, with nothing stored, whenever the file is not
     * eligible or anything is wrong with it, so that the all-text {@link #attempt} produces the detailed report.
     */
    private ImportReport onePass(
            ImportRequest request,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            String fileName,
            long totalBytes,
            CompletableFuture<String> checksum,
            String importId) {
        ColumnMapping mapping = request.mapping();
        Path file = request.file();
        if (!MappingSql.isIdentity(mapping)) {
            return null;
        }
        char delimiter = mapping.delimiter() == null ? ',' : mapping.delimiter();
        ImportFiles.Header header = ImportFiles.canonicalHeader(file, delimiter, canonical);
        if (header == null) {
            return null;
        }
        var progress = request.progress();
        ImportTiming timing = new ImportTiming(fileName + " (one pass)");
        try (Connection connection = DuckDb.open(mapping.timeZone())) {
            // Rows need no order here (no line numbers are reported on this path): let DuckDB write in parallel.
            DuckDb.execute(connection, "SET preserve_insertion_order = false");
            progress.accept(new ImportProgress("reading", 0, 0, totalBytes));
            Map<String, String> sources = new LinkedHashMap<>();
            String relation = MappingSql.typedCsvRelation(file, header, delimiter, canonical, sources);
            Instant importedAt = Instant.now();
            String rows = validRows(
                    request,
                    dataset,
                    canonical,
                    MappingSql.filteredRelation(relation, mapping, Map.of()),
                    sources,
                    new ImportChecks.Stamp(request.source(), importId, importedAt));
            long[] staged = {0};
            Lake.Commit commit = lake.upsertOnce(connection, dataset, rows, (c, relationOfStaged, n) -> {
                staged[0] = n;
                timing.lap("read+validate+stage");
                boolean unique = n > 0 && !ImportChecks.hasDuplicateKeys(c, relationOfStaged, dataset, n);
                timing.lap("duplicate check");
                return unique;
            });
            if (commit == null) {
                timing.print();
                return null;
            }
            timing.lap("merge+publish");
            return ImportRecords.wholeFileAccepted(
                    request, fileName, totalBytes, checksum, importId, importedAt, staged[0], commit, timing);
        } catch (SQLException | LakeException e) {
            // A row failing a check, a value the typed reader cannot parse, a malformed line: the all-text path
            // explains it. (A lake that cannot be written fails there too, with its own message.)
            timing.print();
            return null;
        }
    }

    /**
     * The one-pass statement: the typed rows of {@code relation} in the dataset's columns, a row failing any check
     * raising an error (which aborts the statement).
     */
    private static String validRows(
            ImportRequest request,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            String relation,
            Map<String, String> sources,
            ImportChecks.Stamp stamp) {
        String bad = ImportChecks.anyCheckFails(ImportChecks.checks(request, dataset, canonical, true));
        return ImportChecks.incomingSelect(dataset, canonical, stamp) + " FROM (SELECT *, "
                + ImportChecks.monthExpression(dataset) + " AS month FROM ("
                + MappingSql.mappedAndTyped(relation, "NULL", request.mapping(), canonical, sources, true, Map.of())
                + ") typed WHERE CASE WHEN " + bad + " THEN error('row fails validation') ELSE TRUE END) valid";
    }

    /** Threads of the direct path: the machine's cores, at most 8 (a file splits into 1 MiB or larger parts). */
    static int directThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * What {@link DirectImport} needs for an interactions file, or {@code null} when the file is not eligible: as
     * for {@link #onePass} (identity mapping, canonical header), not gzip, a one-byte delimiter.
     */
    static DirectImport.Plan directPlan(ImportRequest request, String importId, Instant importedAt) {
        ColumnMapping mapping = request.mapping();
        char delimiter = mapping.delimiter() == null ? ',' : mapping.delimiter();
        if (!MappingSql.isIdentity(mapping)
                || delimiter > 127
                || delimiter == '"'
                || delimiter == '\n'
                || delimiter == '\r') {
            return null;
        }
        ImportFiles.Header header = ImportFiles.canonicalHeader(request.file(), delimiter, CanonicalColumn.INTERACTION);
        if (header == null || header.gzip()) {
            return null;
        }
        return new DirectImport.Plan(
                request.file(),
                header.bytes(),
                header.columns(),
                (byte) delimiter,
                mapping.timeZone(),
                request.knownVendors(),
                Map.of("source", request.source(), "import_id", importId, "ingested_at", importedAt),
                request.progress(),
                directThreads());
    }

    /**
     * The direct path for a canonical interactions CSV ({@link DirectImport}: Java parses, validates and writes
     * the Parquet); eligible exactly as {@link #onePass} is, and not gzip. Returns {@code null}, with nothing
     * stored, whenever it defers.
     */
    private ImportReport direct(
            ImportRequest request,
            LakeDataset dataset,
            String fileName,
            long totalBytes,
            CompletableFuture<String> checksum,
            String importId) {
        if (!directPath || dataset != LakeDataset.INTERACTIONS) {
            return null;
        }
        Instant importedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        DirectImport.Plan plan = directPlan(request, importId, importedAt);
        if (plan == null) {
            return null;
        }
        ImportTiming timing = new ImportTiming(fileName + " (direct)");
        request.progress().accept(new ImportProgress("reading", 0, 0, totalBytes));
        DirectImport.Outcome outcome;
        try {
            outcome = DirectImport.run(lake, plan, timing::lap);
        } catch (RuntimeException e) {
            // A lake that cannot be written (LakeException) or a flaw of the direct path itself: the DuckDB paths
            // decide, and report a lake failure with their own message.
            timing.lap("failed (" + e + ")");
            timing.print();
            return null;
        }
        if (outcome.commit() == null) {
            timing.lap("deferred (" + outcome.deferredBecause() + ")");
            timing.print();
            return null;
        }
        return ImportRecords.wholeFileAccepted(
                request,
                fileName,
                totalBytes,
                checksum,
                importId,
                importedAt,
                outcome.rows(),
                outcome.commit(),
                timing);
    }

    /** See {@link ImportFiles#lockDown}. */
    static void lockDown(Connection connection, Path file, Path rejectsCsv, Path lakeFolder) throws SQLException {
        ImportFiles.lockDown(connection, file, rejectsCsv, lakeFolder);
    }
}
