package com.steward.analytics.ingest;

import com.steward.analytics.lake.DuckDb;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import com.steward.analytics.lake.Sql;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
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

    /** The first {@code rows} kept rows of {@code checked}, their canonical values as text (NULL as null). */
    private static List<List<String>> sample(Connection connection, List<CanonicalColumn> canonical, int rows)
            throws SQLException {
        List<List<String>> sample = new ArrayList<>();
        String columns = String.join(
                ", ",
                canonical.stream()
                        .map(c -> "CAST(" + Sql.identifier(c.name()) + " AS VARCHAR)")
                        .toList());
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "SELECT " + columns + " FROM checked WHERE __keep ORDER BY rowid LIMIT " + rows)) {
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= canonical.size(); i++) {
                    row.add(rs.getString(i));
                }
                sample.add(row);
            }
        }
        return sample;
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
        CompletableFuture<String> checksum =
                CompletableFuture.supplyAsync(() -> sha256(file, totalBytes, request), Thread::startVirtualThread);
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
        Path file = request.file();
        var progress = request.progress();
        Timing timing = new Timing(fileName + " (text read)");
        try (Connection connection = DuckDb.open(request.mapping().timeZone())) {
            progress.accept(new ImportProgress("reading", 0, 0, totalBytes));
            Source source = source(connection, file, fileName, request.mapping());
            if (dryRun != null) {
                dryRun.header = source.columns();
            }
            Map<String, RowExpression> expressions = expressions(request.mapping(), source.columns(), fileName);
            lockDown(connection, file, request.rejectsCsv(), lake.root());
            Map<String, String> sourceColumns =
                    resolveColumns(source.columns(), fileName, request.mapping(), canonical);
            List<Check> checks = checks(request, dataset, canonical, false);
            createChecked(
                    connection, source, request.mapping(), expressions, dataset, canonical, sourceColumns, checks);
            timing.lap("read+type+validate");
            long filtered = DuckDb.queryLong(connection, "SELECT count(*) FROM checked WHERE NOT __keep");
            long rowsRead = DuckDb.queryLong(connection, "SELECT count(*) FROM checked") - filtered;
            progress.accept(new ImportProgress("validating", rowsRead, 0, totalBytes));
            createRejects(connection, source, request.mapping(), dataset, canonical, checks);
            timing.lap("rejects");
            // one row of the file is one reject, however many errors DuckDB reports on it: a truncated last line
            // gets one "missing columns" error per absent column (16 for a line of 3 of 19 columns, counted as 16)
            long structural = DuckDb.queryLong(connection, "SELECT count(DISTINCT line) FROM structural_rejects");
            long badLines =
                    DuckDb.queryLong(connection, "SELECT count(DISTINCT line) FROM rejects WHERE structural = FALSE");
            long rejectedRows = structural + badLines;
            long accepted = rowsRead - badLines;
            List<RejectedRow> rejects =
                    explainExpressionFailures(connection, reportedRejects(connection, fileName), request.mapping());
            if (request.rejectsCsv() != null) {
                DuckDb.execute(
                        connection,
                        "COPY (SELECT " + CsvText.neutraliseSql(Sql.literal(fileName)) + " AS file, line, "
                                + CsvText.neutraliseSql("column_name") + " AS column, "
                                + CsvText.neutraliseSql("value") + " AS value, " + CsvText.neutraliseSql("reason")
                                + " AS reason FROM rejects ORDER BY line, column_name) TO "
                                + Sql.literal(request.rejectsCsv().toString()) + " (HEADER, DELIMITER ',')");
            }
            boolean commit = dryRun == null
                    && accepted > 0
                    && (rejectedRows == 0 || request.policy() == ImportPolicy.ACCEPT_GOOD);
            if (dryRun != null && dryRun.rows > 0) {
                dryRun.sample = sample(connection, canonical, dryRun.rows);
            }
            Instant importedAt = Instant.now();
            long generation = lake.snapshot().generation();
            if (commit) {
                progress.accept(new ImportProgress("writing", rowsRead, totalBytes, totalBytes));
                createIncoming(
                        connection,
                        dataset,
                        canonical,
                        request.source(),
                        importId,
                        importedAt,
                        badLines > 0,
                        source.lineOffset());
                generation = lake.upsert(connection, dataset, "incoming").generation();
                timing.lap("write lake");
            }
            String hash = join(checksum);
            timing.lap("checksum wait");
            progress.accept(new ImportProgress("done", rowsRead, totalBytes, totalBytes));
            ImportRecord record = new ImportRecord(
                    fileName,
                    hash,
                    request.mapping().name(),
                    request.source(),
                    importId,
                    importedAt,
                    accepted,
                    rejectedRows,
                    commit);
            timing.print();
            return new ImportReport(record, rowsRead + structural + filtered, rejects, generation, filtered);
        } catch (SQLException e) {
            throw new ImportException(fileName, 0, null, readableDuckDbError(e), e);
        } catch (LakeException e) {
            throw new ImportException(fileName, 0, null, e.getMessage(), e);
        }
    }

    /**
     * The one-pass import of a CSV in the canonical layout (identity mapping, header naming canonical columns):
     * one statement reads the file with explicit column types (no sniffing, no text copies of typed columns),
     * evaluates every {@link Check} and writes the rows straight into the lake's staging Parquet; a row failing
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
        if (!isIdentity(mapping)) {
            return null;
        }
        char delimiter = mapping.delimiter() == null ? ',' : mapping.delimiter();
        Header header = canonicalHeader(file, delimiter, canonical);
        if (header == null) {
            return null;
        }
        var progress = request.progress();
        Timing timing = new Timing(fileName + " (one pass)");
        try (Connection connection = DuckDb.open(mapping.timeZone())) {
            // Rows need no order here (no line numbers are reported on this path): let DuckDB write in parallel.
            DuckDb.execute(connection, "SET preserve_insertion_order = false");
            progress.accept(new ImportProgress("reading", 0, 0, totalBytes));
            StringBuilder types = new StringBuilder("{");
            Map<String, String> sources = new LinkedHashMap<>();
            for (String column : header.columns()) {
                String type = canonical.stream()
                        .filter(c -> c.name().equals(column))
                        .findFirst()
                        .map(Importer::csvType)
                        .orElse("VARCHAR");
                types.append(types.length() > 1 ? ", " : "")
                        .append(Sql.literal(column))
                        .append(": ")
                        .append(Sql.literal(type));
                sources.put(column, Sql.identifier(column));
            }
            String relation = "read_csv(" + Sql.literal(file.toAbsolutePath().toString())
                    + ", header = true, auto_detect = false, delim = " + Sql.literal(String.valueOf(delimiter))
                    + ", quote = '\"', escape = '\"', compression = " + (header.gzip() ? "'gzip'" : "'none'")
                    + ", columns = " + types + "})";
            List<Check> checks = checks(request, dataset, canonical, true);
            String bad = anyCheckFails(checks);
            Instant importedAt = Instant.now();
            String rows = incomingSelect(dataset, canonical, request.source(), importId, importedAt)
                    + " FROM (SELECT *, "
                    + monthExpression(dataset) + " AS month FROM ("
                    + mappedAndTyped(
                            filteredRelation(relation, mapping, Map.of()),
                            "NULL",
                            mapping,
                            canonical,
                            sources,
                            true,
                            Map.of())
                    + ") typed WHERE CASE WHEN "
                    + bad + " THEN error('row fails validation') ELSE TRUE END) valid";
            long[] staged = {0};
            Lake.Commit commit = lake.upsertOnce(connection, dataset, rows, (c, relationOfStaged, n) -> {
                staged[0] = n;
                timing.lap("read+validate+stage");
                boolean unique = n > 0 && !hasDuplicateKeys(c, relationOfStaged, dataset, n);
                timing.lap("duplicate check");
                return unique;
            });
            if (commit == null) {
                timing.print();
                return null;
            }
            timing.lap("merge+publish");
            return wholeFileAccepted(
                    request, fileName, totalBytes, checksum, importId, importedAt, staged[0], commit, timing);
        } catch (SQLException | LakeException e) {
            // A row failing a check, a value the typed reader cannot parse, a malformed line: the all-text path
            // explains it. (A lake that cannot be written fails there too, with its own message.)
            timing.print();
            return null;
        }
    }

    /** The report of a file whose every row was committed (one-pass and direct paths). */
    private static ImportReport wholeFileAccepted(
            ImportRequest request,
            String fileName,
            long totalBytes,
            CompletableFuture<String> checksum,
            String importId,
            Instant importedAt,
            long accepted,
            Lake.Commit commit,
            Timing timing) {
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
        ImportRecord record = new ImportRecord(
                fileName, hash, request.mapping().name(), request.source(), importId, importedAt, accepted, 0, true);
        timing.print();
        return new ImportReport(record, accepted, List.of(), commit.generation());
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
        if (!isIdentity(mapping) || delimiter > 127 || delimiter == '"' || delimiter == '\n' || delimiter == '\r') {
            return null;
        }
        Header header = canonicalHeader(request.file(), delimiter, CanonicalColumn.INTERACTION);
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
        Instant importedAt = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        DirectImport.Plan plan = directPlan(request, importId, importedAt);
        if (plan == null) {
            return null;
        }
        Timing timing = new Timing(fileName + " (direct)");
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
        return wholeFileAccepted(
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

    /** Above this many staged rows the duplicate-key check groups in DuckDB instead of sorting hashes in Java. */
    static final long MAX_ROWS_SORTED_IN_JAVA = 16_000_000;

    /**
     * Whether two staged rows share a key. The 63-bit key hashes are sorted in Java (a 10M-group DuckDB
     * aggregate costs ~2.5x the CPU); only when two hashes are equal are the keys themselves compared.
     */
    private static boolean hasDuplicateKeys(Connection connection, String staged, LakeDataset dataset, long rows)
            throws SQLException {
        String keys = String.join(
                ", ", dataset.keyColumns().stream().map(Sql::identifier).toList());
        boolean repeatedHash;
        if (rows <= MAX_ROWS_SORTED_IN_JAVA) {
            long[] hashes = new long[(int) rows];
            int n = 0;
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "SELECT CAST(hash(" + keys + ") & 9223372036854775807 AS BIGINT) FROM " + staged)) {
                while (rs.next()) {
                    if (n == hashes.length) {
                        hashes = java.util.Arrays.copyOf(hashes, Math.max(16, n * 2));
                    }
                    hashes[n++] = rs.getLong(1);
                }
            }
            java.util.Arrays.parallelSort(hashes, 0, n);
            repeatedHash = false;
            for (int i = 1; i < n && !repeatedHash; i++) {
                repeatedHash = hashes[i] == hashes[i - 1];
            }
        } else {
            repeatedHash = DuckDb.queryLong(
                            connection,
                            "SELECT count(*) FROM (SELECT hash(" + keys + ") AS h FROM " + staged
                                    + " GROUP BY h HAVING count(*) > 1)")
                    > 0;
        }
        return repeatedHash
                && DuckDb.queryLong(
                                connection,
                                "SELECT count(*) FROM (SELECT " + keys + " FROM " + staged
                                        + " GROUP BY ALL HAVING count(*) > 1)")
                        > 0;
    }

    /** The header of a CSV eligible for {@link #onePass}; {@code columns} are the file's names, in order;
     * {@code bytes} the header line's length with its newline (of the uncompressed text). */
    private record Header(List<String> columns, boolean gzip, long bytes) {}

    /**
     * The header line when the file is a CSV whose header names canonical columns exactly (no BOM, no quotes, no
     * padding, no repeats, every required column present, the line ended by a newline); otherwise {@code null}.
     */
    private static Header canonicalHeader(Path file, char delimiter, List<CanonicalColumn> canonical) {
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] magic = raw.readNBytes(2);
            boolean gzip = isGzip(magic, magic.length);
            try (InputStream plain = Files.newInputStream(file);
                    InputStream in = gzip ? new java.util.zip.GZIPInputStream(plain) : plain) {
                byte[] head = in.readNBytes(MAX_HEADER_BYTES);
                int end = 0;
                while (end < head.length && head[end] != '\n') {
                    end++;
                }
                if (end == head.length) {
                    return null;
                }
                String line = new String(
                        head,
                        0,
                        end > 0 && head[end - 1] == '\r' ? end - 1 : end,
                        java.nio.charset.StandardCharsets.UTF_8);
                if (line.isEmpty() || line.charAt(0) == '\uFEFF' || line.indexOf('"') >= 0 || line.indexOf('\r') >= 0) {
                    return null;
                }
                List<String> columns = List.of(line.split(Pattern.quote(String.valueOf(delimiter)), -1));
                Set<String> seen = new java.util.HashSet<>();
                for (String column : columns) {
                    boolean canonicalName =
                            canonical.stream().anyMatch(c -> c.name().equals(column));
                    boolean lookalike =
                            canonical.stream().anyMatch(c -> c.name().equalsIgnoreCase(column.strip()));
                    if (column.isEmpty()
                            || !column.equals(column.strip())
                            || !seen.add(column.toLowerCase(java.util.Locale.ROOT))
                            || (lookalike && !canonicalName)) {
                        return null;
                    }
                }
                for (CanonicalColumn column : canonical) {
                    if (column.required() && !columns.contains(column.name())) {
                        return null;
                    }
                }
                return new Header(columns, gzip, end + 1);
            }
        } catch (IOException e) {
            return null;
        }
    }

    /** Phase timings, printed to stderr when the system property {@code steward.import.timing} is set. */
    private static final class Timing {
        private final String file;
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        Timing(String file) {
            this.file = file;
        }

        void lap(String phase) {
            long now = System.nanoTime();
            laps.append(String.format(java.util.Locale.ROOT, " %s=%.2fs", phase, (now - last) / 1e9));
            last = now;
        }

        void print() {
            if (System.getProperty("steward.import.timing") != null) {
                System.err.println("import " + file + ":" + laps);
            }
        }
    }

    /**
     * The file as a DuckDB relation of text columns, read once by {@link #createChecked}; line = rowid + offset.
     *
     * @param relation a table function call reading every column as VARCHAR
     * @param columns the file's column names
     * @param lineOffset added to a record's 0-based position to give its line (2 for CSV: header is line 1)
     */
    private record Source(String relation, List<String> columns, int lineOffset) {}

    private static Source source(Connection connection, Path file, String fileName, ColumnMapping mapping)
            throws SQLException {
        byte[] magic = new byte[4];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(magic, 0, 4);
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, "cannot read file: " + e.getMessage(), e);
        }
        String path = Sql.literal(file.toAbsolutePath().toString());
        boolean parquet = read == 4 && magic[0] == 'P' && magic[1] == 'A' && magic[2] == 'R' && magic[3] == '1';
        if (parquet) {
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE structural_rejects (line BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR)");
            String relation = "(SELECT COLUMNS(*)::VARCHAR FROM read_parquet(" + path + "))";
            return new Source(relation, columnNames(connection, relation), 1);
        }
        if (read == 0) {
            throw new ImportException(fileName, 0, null, "the file is empty", null);
        }
        if (magic[0] == '{') {
            // JSON lines: one object per line; keys become columns (missing keys NULL, nested objects STRUCTs).
            checkJsonLineLengths(file, fileName);
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE structural_rejects (line BIGINT, column_name VARCHAR, value VARCHAR, reason VARCHAR)");
            String relation = "read_json(" + path + ", format = 'newline_delimited', records = true,"
                    + " maximum_object_size = " + (MAX_JSON_LINE + 1) + ")";
            return new Source(relation, columnNames(connection, relation), 1);
        }
        boolean gzip = isGzip(magic, read);
        checkHeaderLine(file, fileName, gzip);
        StringBuilder options = new StringBuilder("all_varchar = true, header = true");
        options.append(", compression = ").append(gzip ? "'gzip'" : "'none'");
        if (mapping.delimiter() != null) {
            options.append(", delim = ").append(Sql.literal(String.valueOf(mapping.delimiter())));
        }
        // Sniff the header once without storing rejects; the single full read below stores them.
        List<String> columns = columnNames(connection, "read_csv(" + path + ", " + options + ", ignore_errors = true)");
        return new Source("read_csv(" + path + ", " + options + ", store_rejects = true)", columns, 2);
    }

    /** Longest line of a JSON-lines file, in bytes: a record is a contact, not a document. */
    static final int MAX_JSON_LINE = 1 << 20;

    /**
     * Fails on the first line longer than {@link #MAX_JSON_LINE}, streaming the file in fixed buffers (a 10 MB line
     * costs no more memory than a short one), before DuckDB reads it.
     */
    private static void checkJsonLineLengths(Path file, String fileName) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long line = 1;
            long length = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        line++;
                        length = 0;
                    } else if (++length > MAX_JSON_LINE) {
                        throw new ImportException(
                                fileName,
                                line,
                                null,
                                "line " + line + " is longer than " + MAX_JSON_LINE / 1024 + " KiB; JSON lines hold"
                                        + " one contact record per line",
                                null);
                    }
                }
            }
        } catch (IOException e) {
            throw new ImportException(fileName, 0, null, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** Whether the first {@code read} bytes of a file start with gzip's magic number (RFC 1952: 1f 8b). */
    private static boolean isGzip(byte[] magic, int read) {
        return read >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    }

    /**
     * The SQL condition that is TRUE when a row fails any of {@code checks}. An OR is TRUE exactly when one of its
     * terms is (NULL terms do not count), as {@code CASE WHEN} and {@code WHERE} need.
     */
    private static String anyCheckFails(List<Check> checks) {
        return String.join(
                " OR ", checks.stream().map(c -> "(" + c.condition() + ")").toList());
    }

    /** Longest header line accepted; a longer one is not an interaction export (and would be costly to sniff). */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    /** Fails fast, before DuckDB sniffs the file, when the first line is absurdly long (e.g. 10^6 columns). */
    private static void checkHeaderLine(Path file, String fileName, boolean gzip) {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = gzip ? new java.util.zip.GZIPInputStream(raw) : raw) {
            byte[] head = in.readNBytes(MAX_HEADER_BYTES + 1);
            int commas = 0;
            int semicolons = 0;
            int tabs = 0;
            int pipes = 0;
            for (int i = 0; i < head.length; i++) {
                switch (head[i]) {
                    case '\n', '\r' -> {
                        return;
                    }
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    case '|' -> pipes++;
                    default -> {}
                }
            }
            if (head.length > MAX_HEADER_BYTES) {
                int separators = Math.max(Math.max(commas, semicolons), Math.max(tabs, pipes));
                throw new ImportException(
                        fileName,
                        1,
                        null,
                        "the header line is longer than " + MAX_HEADER_BYTES / 1024 + " KiB (at least "
                                + (separators + 1) + " columns); expected a header naming the interaction columns",
                        null);
            }
        } catch (IOException e) {
            throw new ImportException(fileName, 1, null, "cannot read the header: " + e.getMessage(), e);
        }
    }

    private static boolean isIdentity(ColumnMapping mapping) {
        return mapping.columns().isEmpty()
                && mapping.dateTimeColumns().isEmpty()
                && mapping.constants().isEmpty()
                && mapping.valueCodes().isEmpty()
                && mapping.expressions().isEmpty()
                && mapping.filter() == null
                && mapping.timestampFormat() == null;
    }

    /** The type the CSV reader parses a canonical column as on the typed path. */
    private static String csvType(CanonicalColumn column) {
        return switch (column.type()) {
            case BOOLEAN -> "BOOLEAN";
            case NUMBER, INTEGER, DURATION -> "DOUBLE";
            case TIMESTAMP -> "TIMESTAMPTZ";
            default -> "VARCHAR";
        };
    }

    private static boolean typedByReader(CanonicalColumn column, boolean fast) {
        return fast && !csvType(column).equals("VARCHAR");
    }

    private static List<String> columnNames(Connection connection, String relation) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT * FROM " + relation + " LIMIT 0")) {
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
        }
        return names;
    }

    /** canonical column → source column expression (quoted identifier), failing on a missing mapped column. */
    private static Map<String, String> resolveColumns(
            List<String> present, String fileName, ColumnMapping mapping, List<CanonicalColumn> canonical) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (CanonicalColumn column : canonical) {
            String name = column.name();
            if (mapping.constants().containsKey(name) || mapping.expressions().containsKey(name)) {
                continue;
            }
            List<String> wanted = mapping.dateTimeColumns().getOrDefault(name, List.of(mapping.sourceColumn(name)));
            List<String> found = new ArrayList<>();
            for (String want : wanted) {
                String match = present.stream()
                        .filter(p -> p.equals(want))
                        .findFirst()
                        .or(() -> present.stream()
                                .filter(p -> p.equalsIgnoreCase(want.trim()))
                                .findFirst())
                        .orElse(null);
                if (match == null) {
                    if (column.required()
                            || mapping.columns().containsKey(name)
                            || mapping.dateTimeColumns().containsKey(name)) {
                        throw new ImportException(
                                fileName,
                                1,
                                want,
                                "missing column '" + want + "' (for " + name + "); the file's columns are "
                                        + columnList(present),
                                null);
                    }
                    break;
                }
                found.add(Sql.identifier(match));
            }
            if (found.size() == wanted.size()) {
                resolved.put(name, String.join(",", found));
            }
        }
        return resolved;
    }

    private static String rawExpression(
            ColumnMapping mapping, CanonicalColumn column, Map<String, String> sources, boolean fast) {
        String name = column.name();
        String expression;
        if (typedByReader(column, fast)) {
            return sources.containsKey(name) ? sources.get(name) : "CAST(NULL AS " + csvType(column) + ")";
        }
        if (mapping.constants().containsKey(name)) {
            expression = Sql.literal(mapping.constants().get(name));
        } else if (mapping.expressions().containsKey(name)) {
            // The row's value, or NULL where the expression fails (err$<column> then explains the row).
            expression = "CASE WHEN __keep THEN CAST(try("
                    + embedded(mapping.expressions().get(name)) + ") AS VARCHAR) END";
        } else if (!sources.containsKey(name)) {
            expression = "CAST(NULL AS VARCHAR)";
        } else if (mapping.dateTimeColumns().containsKey(name)) {
            String[] parts = sources.get(name).split(",");
            expression = "(NULLIF(trim(CAST(" + parts[0] + " AS VARCHAR)), '') || ' ' || NULLIF(trim(CAST(" + parts[1]
                    + " AS VARCHAR)), ''))";
        } else {
            String source = sources.get(name);
            // trim() only changes a value starting or ending with a space; testing for that first is cheaper
            // than trimming every value (trim copies it).
            expression = fast
                    ? "CASE WHEN " + source + " LIKE ' %' OR " + source + " LIKE '% ' OR " + source
                            + " = '' THEN NULLIF(trim(" + source + "), '') ELSE " + source + " END"
                    : "NULLIF(trim(CAST(" + source + " AS VARCHAR)), '')";
        }
        Map<String, String> codes = mapping.valueCodes().get(name);
        if (codes != null && !codes.isEmpty()) {
            StringBuilder mapped = new StringBuilder("CASE ").append(expression);
            codes.forEach((from, to) -> mapped.append(" WHEN ")
                    .append(Sql.literal(from))
                    .append(" THEN ")
                    .append(Sql.literal(to)));
            expression =
                    mapped.append(" ELSE ").append(expression).append(" END").toString();
        }
        return expression;
    }

    private static String typedExpression(ColumnMapping mapping, CanonicalColumn column, boolean fast) {
        String r = Sql.identifier("raw$" + column.name());
        if (typedByReader(column, fast)) {
            return switch (column.type()) {
                case BOOLEAN, TIMESTAMP -> r;
                case INTEGER -> "CASE WHEN " + r + " = round(" + r + ") THEN TRY_CAST(" + r + " AS INTEGER) END";
                default -> "CASE WHEN isfinite(" + r + ") THEN " + r + " END";
            };
        }
        return switch (column.type()) {
            case TEXT -> r;
            case LOWER_TEXT -> "lower(" + r + ")";
            // The canonical spellings first: lower() only runs for other values.
            case BOOLEAN ->
                "CASE " + r + " WHEN 'true' THEN TRUE WHEN 'false' THEN FALSE ELSE CASE WHEN lower(" + r
                        + ") IN ('true', 't', '1', 'yes', 'y') THEN TRUE WHEN lower(" + r
                        + ") IN ('false', 'f', '0', 'no', 'n') THEN FALSE END END";
            case TIMESTAMP ->
                mapping.timestampFormat() == null || mapping.expressions().containsKey(column.name())
                        ? "TRY_CAST(" + r + " AS TIMESTAMPTZ)"
                        : "TRY_CAST(try_strptime(" + r + ", " + Sql.literal(mapping.timestampFormat())
                                + ") AS TIMESTAMPTZ)";
            case INTEGER ->
                "CASE WHEN TRY_CAST(" + r + " AS DOUBLE) = round(TRY_CAST(" + r + " AS DOUBLE)) THEN TRY_CAST(TRY_CAST("
                        + r + " AS DOUBLE) AS INTEGER) END";
            case NUMBER -> "CASE WHEN isfinite(TRY_CAST(" + r + " AS DOUBLE)) THEN TRY_CAST(" + r + " AS DOUBLE) END";
            case DURATION -> {
                String parts = "string_split(" + r + ", ':')";
                yield "CASE WHEN " + r + " LIKE '%:%' THEN CASE len(" + parts + ") WHEN 3 THEN TRY_CAST(" + parts
                        + "[1] AS BIGINT) * 3600 + TRY_CAST(" + parts + "[2] AS BIGINT) * 60 + TRY_CAST(" + parts
                        + "[3] AS DOUBLE) WHEN 2 THEN TRY_CAST(" + parts + "[1] AS BIGINT) * 60 + TRY_CAST("
                        + parts + "[2] AS DOUBLE) END WHEN isfinite(TRY_CAST(" + r + " AS DOUBLE)) THEN TRY_CAST("
                        + r + " AS DOUBLE) END";
            }
        };
    }

    /** The mapping as SQL over {@code relation}: {@code raw$<column>} text and typed {@code <column>}. */
    private static String mappedAndTyped(
            String relation,
            String lineExpression,
            ColumnMapping mapping,
            List<CanonicalColumn> canonical,
            Map<String, String> sources,
            boolean fast,
            Map<String, RowExpression> expressions) {
        StringBuilder raw = new StringBuilder("SELECT ").append(lineExpression).append(" AS __line, __keep");
        for (CanonicalColumn column : canonical) {
            raw.append(", ")
                    .append(
                            sources == null
                                    ? Sql.identifier("raw$" + column.name())
                                    : rawExpression(mapping, column, sources, fast))
                    .append(" AS ")
                    .append(Sql.identifier("raw$" + column.name()));
        }
        for (String error : errorColumns(mapping)) {
            String column = error.substring(4);
            raw.append(", ")
                    .append(
                            sources == null || column.equals("filter")
                                    ? Sql.identifier(error)
                                    : failure(
                                            "CAST("
                                                    + embedded(mapping.expressions()
                                                            .get(column)) + " AS VARCHAR)",
                                            expressions.get(column)))
                    .append(" AS ")
                    .append(Sql.identifier(error));
        }
        StringBuilder typed = new StringBuilder("SELECT *");
        for (CanonicalColumn column : canonical) {
            typed.append(", ")
                    .append(typedExpression(mapping, column, fast))
                    .append(" AS ")
                    .append(Sql.identifier(column.name()));
        }
        return typed + " FROM (" + raw + " FROM " + relation + ") mapped_source";
    }

    /** The columns ({@code err$<canonical>}, {@code err$filter}) saying where a mapping's expression failed. */
    private static List<String> errorColumns(ColumnMapping mapping) {
        List<String> columns = new ArrayList<>();
        mapping.expressions().keySet().forEach(c -> columns.add("err$" + c));
        if (mapping.filter() != null) {
            columns.add("err$filter");
        }
        return columns;
    }

    /**
     * SQL that is NULL where {@code value} evaluates (to a value or to NULL) and, on a kept row where it fails (a
     * cast, a bad time), the row's values of the columns it reads as JSON. {@code try(x IS NULL)} is NULL exactly
     * when evaluating {@code x} fails, since {@code IS NULL} itself is never NULL; it is only evaluated for the rows
     * where {@code try(x)} gave NULL.
     */
    private static String failure(String value, RowExpression expression) {
        String values = expression.columns().isEmpty()
                ? "'{}'"
                : "CAST(to_json({"
                        + String.join(
                                ", ",
                                expression.columns().stream()
                                        .map(c -> Sql.literal(c) + ": " + Sql.identifier(c))
                                        .toList())
                        + "}) AS VARCHAR)";
        return "CASE WHEN __keep THEN CASE WHEN try(" + value + ") IS NULL THEN CASE WHEN try(" + value
                + " IS NULL) IS NULL THEN " + values + " END END END";
    }

    /**
     * {@code relation} plus {@code __keep} (the row meets the mapping's filter, or the filter failed on it, which
     * rejects it) and {@code err$filter}; every row is kept when there is no filter.
     */
    private static String filteredRelation(
            String relation, ColumnMapping mapping, Map<String, RowExpression> expressions) {
        if (mapping.filter() == null) {
            return "(SELECT *, TRUE AS __keep FROM " + relation + ") keep_source";
        }
        String condition = "CAST(" + embedded(mapping.filter()) + " AS BOOLEAN)";
        String failed = failure(condition, expressions.get("filter")).replace("__keep", "TRUE");
        return "(SELECT *, __fv IS TRUE OR \"err$filter\" IS NOT NULL AS __keep FROM (SELECT *, CASE WHEN __fv IS NULL"
                + " THEN " + failed + " END AS \"err$filter\" FROM (SELECT *, try(" + condition + ") AS __fv FROM "
                + relation + ") filter_value) filter_failure) keep_source";
    }

    /** A mapping's expression inside generated SQL: on lines of its own, in parentheses. */
    private static String embedded(String sql) {
        return "(\n" + sql + "\n)";
    }

    /**
     * The mapping's expressions (and filter, under {@code "filter"}) checked again ({@link RowExpression}) and
     * every column they read looked up in the file's header; a refused expression or a missing column is a file
     * error naming it.
     */
    /** A file's header for a "missing column" message: the first 30 names, then how many more. */
    private static String columnList(List<String> header) {
        return header.stream().limit(30).toList()
                + (header.size() > 30 ? " and " + (header.size() - 30) + " more" : "");
    }

    static Map<String, RowExpression> expressions(ColumnMapping mapping, List<String> header, String fileName) {
        Map<String, String> all = new LinkedHashMap<>(mapping.expressions());
        if (mapping.filter() != null) {
            all.put("filter", mapping.filter());
        }
        Map<String, RowExpression> parsed = new LinkedHashMap<>();
        all.forEach((column, sql) -> {
            String key = column.equals("filter") ? "filter" : "expr." + column;
            RowExpression expression;
            try {
                expression = RowExpression.parse(sql);
            } catch (IllegalArgumentException e) {
                throw new ImportException(
                        fileName, 0, key, "the mapping's " + key + " is refused: " + e.getMessage(), null);
            }
            for (String name : expression.columns()) {
                if (header.stream().noneMatch(h -> h.equalsIgnoreCase(name))) {
                    throw new ImportException(
                            fileName,
                            1,
                            name,
                            "missing column '" + name + "' (read by the mapping's " + key + "); the file's columns are "
                                    + columnList(header),
                            null);
                }
            }
            parsed.put(column, expression);
        });
        return parsed;
    }

    /**
     * From here on the connection reaches nothing but the file being imported, the rejects file, the lake and the
     * spill folder: no other file, no network, no extension loading or installing, and no setting can be changed
     * back ({@code lock_configuration}). A mapping's expressions run after this.
     */
    static void lockDown(Connection connection, Path file, Path rejectsCsv, Path lakeFolder) throws SQLException {
        List<String> paths = new ArrayList<>();
        paths.add(Sql.literal(file.toAbsolutePath().toString()));
        if (rejectsCsv != null) {
            paths.add(Sql.literal(rejectsCsv.toAbsolutePath().toString()));
        }
        String lakeRoot = lakeFolder.toAbsolutePath() + "/";
        String spill = DuckDb.tempDirectory().toAbsolutePath() + "/";
        DuckDb.execute(connection, "SET allowed_paths = [" + String.join(", ", paths) + "]");
        DuckDb.execute(
                connection, "SET allowed_directories = [" + Sql.literal(lakeRoot) + ", " + Sql.literal(spill) + "]");
        DuckDb.execute(connection, "SET autoinstall_known_extensions = false");
        DuckDb.execute(connection, "SET autoload_known_extensions = false");
        DuckDb.execute(connection, "SET enable_external_access = false");
        DuckDb.execute(connection, "SET lock_configuration = true");
    }

    /**
     * Replaces the generic reason of up to {@value #EXPLAINED_FAILURES} expression failures by DuckDB's own error
     * for that row: the expression is evaluated again on the row's values (CSV text), outside {@code try}.
     */
    private static List<RejectedRow> explainExpressionFailures(
            Connection connection, List<RejectedRow> rejects, ColumnMapping mapping) {
        if (mapping.expressions().isEmpty() && mapping.filter() == null) {
            return rejects;
        }
        List<RejectedRow> explained = new ArrayList<>(rejects.size());
        int budget = EXPLAINED_FAILURES;
        for (RejectedRow row : rejects) {
            String sql = row.column().equals("filter")
                    ? "CAST(" + embedded(String.valueOf(mapping.filter())) + " AS BOOLEAN)"
                    : mapping.expressions().containsKey(row.column())
                            ? "CAST(" + embedded(mapping.expressions().get(row.column())) + " AS VARCHAR)"
                            : null;
            if (sql == null || budget == 0 || !row.reason().startsWith(FAILED) || row.value() == null) {
                explained.add(row);
                continue;
            }
            budget--;
            String error = errorOn(connection, sql, row.value());
            explained.add(
                    error == null
                            ? row
                            : new RejectedRow(
                                    row.file(),
                                    row.line(),
                                    row.column(),
                                    row.value(),
                                    "the " + (row.column().equals("filter") ? "filter" : "expression") + " failed: "
                                            + error));
        }
        return explained;
    }

    static final int EXPLAINED_FAILURES = 100;
    private static final String FAILED = "the expression failed";

    /** DuckDB's error evaluating {@code sql} over one row whose text values are the JSON object {@code values}. */
    private static String errorOn(Connection connection, String sql, String values) {
        Object parsed;
        try {
            parsed = Json.parse(values);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (!(parsed instanceof Map<?, ?> map)
                || map.values().stream().anyMatch(v -> v != null && !(v instanceof String))) {
            return null;
        }
        StringBuilder row = new StringBuilder("SELECT 1 AS __one");
        map.forEach((k, v) -> row.append(", ")
                .append(v == null ? "CAST(NULL AS VARCHAR)" : Sql.literal((String) v))
                .append(" AS ")
                .append(Sql.identifier(String.valueOf(k))));
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT " + sql + " FROM (" + row + ") one_row")) {
            rs.next();
            return null;
        } catch (SQLException e) {
            String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            return message.length() > 300 ? message.substring(0, 300) + "…" : message;
        }
    }

    /**
     * The single pass over the file: maps and types every column, evaluates every {@link Check} and keeps the
     * typed row plus, only for rows failing a check, their raw text (to explain the failure later). The row's
     * line is {@code rowid + lineOffset} (insertion order is preserved).
     */
    private static void createChecked(
            Connection connection,
            Source source,
            ColumnMapping mapping,
            Map<String, RowExpression> expressions,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            Map<String, String> sources,
            List<Check> checks)
            throws SQLException {
        String bad = anyCheckFails(checks);
        List<String> carried = new ArrayList<>();
        canonical.forEach(c -> carried.add("CAST(" + Sql.identifier("raw$" + c.name()) + " AS VARCHAR)"));
        errorColumns(mapping).forEach(e -> carried.add(Sql.identifier(e)));
        String rawList = String.join(", ", carried);
        StringBuilder select = new StringBuilder("SELECT ");
        for (CanonicalColumn column : canonical) {
            select.append(Sql.identifier(column.name())).append(", ");
        }
        select.append(monthExpression(dataset))
                .append(" AS month, __keep, CASE WHEN __keep AND (")
                .append(bad)
                .append(") THEN [");
        select.append(rawList).append("] END AS __raw");
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE checked AS " + select + " FROM ("
                        + mappedAndTyped(
                                filteredRelation(source.relation(), mapping, expressions),
                                "NULL",
                                mapping,
                                canonical,
                                sources,
                                false,
                                expressions)
                        + ") typed");
        if (source.lineOffset() == 2) {
            DuckDb.execute(
                    connection,
                    "CREATE TEMP TABLE structural_rejects AS SELECT line, coalesce(column_name, '#' || column_idx) AS column_name,"
                            + " left(csv_line, 200) AS value, error_type || ': ' || left(error_message, 300) AS reason"
                            + " FROM reject_errors");
        }
    }

    private static String monthExpression(LakeDataset dataset) {
        String monthOf = dataset == LakeDataset.INTERACTIONS ? "arrived_at" : "\"at\"";
        return "strftime(timezone('UTC', " + monthOf + "), '%Y-%m')";
    }

    /** One validation rule: rows where {@code condition} is true are rejected for {@code column}. */
    private record Check(String column, String rawColumn, String condition, String reason) {
        String select(String table) {
            return "SELECT __line AS line, " + Sql.literal(column) + " AS column_name, " + rawColumn + " AS value, "
                    + reason + " AS reason FROM " + table + " WHERE " + condition;
        }
    }

    /**
     * The validation rules; with {@code typedRead} (the CSV reader types the column and fails on a value it
     * cannot parse) the "not a valid ..." rule is left out where the typed value is the reader's value unchanged.
     */
    private static List<Check> checks(
            ImportRequest request, LakeDataset dataset, List<CanonicalColumn> canonical, boolean typedRead) {
        List<Check> checks = new ArrayList<>();
        for (CanonicalColumn column : canonical) {
            String label = column.name();
            String name = Sql.identifier(label);
            String raw = Sql.identifier("raw$" + label);
            boolean fromExpression = request.mapping().expressions().containsKey(label);
            String error = Sql.identifier("err$" + label);
            if (column.required()) {
                checks.add(new Check(
                        label,
                        raw,
                        raw + " IS NULL" + (fromExpression ? " AND " + error + " IS NULL" : ""),
                        "'required value is missing'"));
            }
            if (fromExpression) {
                checks.add(new Check(
                        label,
                        error,
                        error + " IS NOT NULL",
                        Sql.literal(FAILED + " on this row: "
                                + request.mapping().expressions().get(label))));
            }
            boolean readerTyped = typedByReader(column, typedRead)
                    && (column.type() == CanonicalColumn.Type.BOOLEAN
                            || column.type() == CanonicalColumn.Type.TIMESTAMP);
            if (column.type() != CanonicalColumn.Type.TEXT && !readerTyped) { // text is never "invalid"
                checks.add(new Check(
                        label,
                        raw,
                        raw + " IS NOT NULL AND " + name + " IS NULL",
                        Sql.literal("not a valid " + column.type().description)));
            }
            if (column.type() == CanonicalColumn.Type.TEXT || column.type() == CanonicalColumn.Type.LOWER_TEXT) {
                // strlen (bytes, O(1)) first: only long values pay for counting characters.
                checks.add(new Check(
                        label,
                        raw,
                        "strlen(" + raw + ") > " + MAX_TEXT + " AND length(" + raw + ") > " + MAX_TEXT,
                        Sql.literal("longer than " + MAX_TEXT + " characters")));
            }
            if (column.hasRange()) {
                checks.add(new Check(
                        label,
                        raw,
                        name + " < " + format(column.min()) + " OR " + name + " > " + format(column.max()),
                        Sql.literal("must be between " + format(column.min()) + " and " + format(column.max()))));
            }
            if (column.type() == CanonicalColumn.Type.TIMESTAMP) {
                checks.add(new Check(
                        label,
                        raw,
                        name + " < TIMESTAMPTZ " + Sql.literal(CanonicalColumn.EARLIEST.toString()) + " OR " + name
                                + " >= TIMESTAMPTZ " + Sql.literal(CanonicalColumn.END_OF_TIME.toString()),
                        "'must be between 1990 and 2100'"));
            }
        }
        if (request.mapping().filter() != null) {
            checks.add(new Check(
                    "filter",
                    Sql.identifier("err$filter"),
                    "\"err$filter\" IS NOT NULL",
                    Sql.literal(FAILED + " (the filter) on this row: "
                            + request.mapping().filter())));
        }
        if (dataset == LakeDataset.INTERACTIONS) {
            checks.add(new Check(
                    "handled_by",
                    Sql.identifier("raw$handled_by"),
                    "handled_by NOT IN (" + inList(request.knownVendors()) + ")",
                    Sql.literal("unknown vendor code; known codes are " + new TreeSet<>(request.knownVendors()))));
            checks.add(new Check(
                    "channel",
                    Sql.identifier("raw$channel"),
                    "channel NOT IN (" + inList(CHANNELS) + ")",
                    Sql.literal("channel must be one of " + new TreeSet<>(CHANNELS))));
            // The order rules; their Java twin is inOrder (for DirectImport).
            checks.add(new Check(
                    "answered_at",
                    Sql.identifier("raw$answered_at"),
                    "answered_at < arrived_at",
                    "'answered before it arrived (arrived_at ' || CAST(arrived_at AS VARCHAR) || ')'"));
            checks.add(new Check(
                    "ended_at",
                    Sql.identifier("raw$ended_at"),
                    "ended_at < coalesce(answered_at, arrived_at)",
                    "'ended before it ' || CASE WHEN answered_at IS NULL THEN 'arrived' ELSE 'was answered' END"));
        } else {
            checks.add(new Check(
                    "event",
                    Sql.identifier("raw$event"),
                    "event NOT IN (" + inList(EVENTS) + ")",
                    Sql.literal("event must be one of " + new TreeSet<>(EVENTS))));
        }
        return checks;
    }

    /**
     * The order rules of {@link #checks} (answered not before arrival, ended not before the answer or, when not
     * answered, the arrival) in Java, on microseconds; {@code answered} is {@link Long#MIN_VALUE} when missing.
     */
    static boolean inOrder(long arrived, long answered, long ended) {
        boolean wasAnswered = answered != Long.MIN_VALUE;
        return (!wasAnswered || answered >= arrived) && ended >= (wasAnswered ? answered : arrived);
    }

    /**
     * Explains the rows the single pass flagged: the flagged rows alone (usually few) are re-typed from their
     * raw text and every check is evaluated on them; plus duplicate keys within the file and CSV structure errors.
     */
    private static void createRejects(
            Connection connection,
            Source source,
            ColumnMapping mapping,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            List<Check> checks)
            throws SQLException {
        StringBuilder unpacked = new StringBuilder("(SELECT rowid + " + source.lineOffset() + " AS __line");
        for (int i = 0; i < canonical.size(); i++) {
            unpacked.append(", __raw[")
                    .append(i + 1)
                    .append("] AS ")
                    .append(Sql.identifier("raw$" + canonical.get(i).name()));
        }
        List<String> errors = errorColumns(mapping);
        for (int e = 0; e < errors.size(); e++) {
            unpacked.append(", __raw[")
                    .append(canonical.size() + e + 1)
                    .append("] AS ")
                    .append(Sql.identifier(errors.get(e)));
        }
        unpacked.append(", TRUE AS __keep FROM checked WHERE __raw IS NOT NULL) flagged");
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE flagged AS SELECT * EXCLUDE (__line), __line FROM ("
                        + mappedAndTyped(unpacked.toString(), "__line", mapping, canonical, null, false, Map.of())
                        + ")");
        List<String> parts = new ArrayList<>();
        for (Check check : checks) {
            parts.add(check.select("flagged"));
        }
        parts.add(duplicateCheck(dataset, source.lineOffset()));
        DuckDb.execute(
                connection,
                "CREATE TEMP TABLE rejects AS SELECT line, column_name, left(value, 200) AS value, reason, FALSE AS structural FROM ("
                        + String.join(" UNION ALL ", parts)
                        + ") row_checks UNION ALL SELECT line, column_name, value, reason, TRUE FROM structural_rejects");
    }

    /** Later rows repeating an earlier row's key; keys are pre-filtered by hash so only candidates are sorted. */
    private static String duplicateCheck(LakeDataset dataset, int lineOffset) {
        List<String> key = dataset == LakeDataset.INTERACTIONS ? List.of("interaction_id") : dataset.keyColumns();
        String column = key.getFirst();
        String keys = String.join(", ", key.stream().map(Sql::identifier).toList());
        String present = key.stream()
                .map(k -> Sql.identifier(k) + " IS NOT NULL")
                .reduce((a, b) -> a + " AND " + b)
                .orElseThrow();
        return "SELECT line, " + Sql.literal(column) + " AS column_name, CAST(" + Sql.identifier(column)
                + " AS VARCHAR) AS value, 'duplicate of line ' || CAST(first_line AS VARCHAR) || ' in this file' AS reason"
                + " FROM (SELECT rowid + " + lineOffset + " AS line, " + keys + ", min(rowid + " + lineOffset
                + ") OVER (PARTITION BY " + keys + ") AS first_line FROM checked WHERE __keep AND " + present
                + " AND hash("
                + keys + ") IN (SELECT h FROM (SELECT hash(" + keys + ") AS h FROM checked WHERE __keep AND " + present
                + " GROUP BY 1 HAVING count(*) > 1) repeated)) keyed WHERE line > first_line";
    }

    private static List<RejectedRow> reportedRejects(Connection connection, String fileName) throws SQLException {
        List<RejectedRow> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT line, column_name, value, reason FROM rejects"
                        + " ORDER BY line, column_name LIMIT " + MAX_REPORTED_REJECTS)) {
            while (rs.next()) {
                rows.add(new RejectedRow(fileName, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return rows;
    }

    /** The rows to store, as a view over {@code checked} in the dataset's schema (no copy). */
    private static void createIncoming(
            Connection connection,
            LakeDataset dataset,
            List<CanonicalColumn> canonical,
            String source,
            String importId,
            Instant importedAt,
            boolean hasRejects,
            int lineOffset)
            throws SQLException {
        String select = incomingSelect(dataset, canonical, source, importId, importedAt);
        String where = hasRejects
                ? " WHERE __keep AND __raw IS NULL AND rowid NOT IN (SELECT line - " + lineOffset
                        + " FROM rejects WHERE NOT structural)"
                : " WHERE __keep";
        DuckDb.execute(connection, "CREATE TEMP VIEW incoming AS " + select + " FROM checked" + where);
    }

    /** {@code SELECT} of the dataset's columns from typed canonical columns plus {@code month}. */
    private static String incomingSelect(
            LakeDataset dataset, List<CanonicalColumn> canonical, String source, String importId, Instant importedAt) {
        StringBuilder select = new StringBuilder("SELECT ");
        String[] schema = dataset.schema().split(",");
        for (int i = 0; i < schema.length; i++) {
            String[] parts = schema[i].trim().split("\\s+");
            String column = parts[0].replace("\"", "");
            boolean isCanonical = canonical.stream().anyMatch(c -> c.name().equals(column));
            String expression = switch (column) {
                case "source" -> Sql.literal(source);
                case "import_id" -> Sql.literal(importId);
                case "ingested_at" -> Sql.literal(importedAt.toString());
                case "month" -> "month";
                default -> isCanonical ? Sql.identifier(column) : "NULL";
            };
            select.append(i == 0 ? "" : ", ")
                    .append("CAST(")
                    .append(expression)
                    .append(" AS ")
                    .append(parts[1])
                    .append(") AS ")
                    .append(Sql.identifier(column));
        }
        return select.toString();
    }

    private static String inList(Set<String> values) {
        return String.join(
                ", ", new TreeSet<>(values).stream().map(Sql::literal).toList());
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String sha256(Path file, long totalBytes, ImportRequest request) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 20];
            long done = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                done += n;
                request.progress().accept(new ImportProgress("hashing", 0, done, totalBytes));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + file + ": " + e.getMessage(), e);
        }
    }

    private static String join(CompletableFuture<String> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static String readableDuckDbError(SQLException e) {
        String message = e.getMessage() == null ? "unknown error" : e.getMessage();
        message = message.replaceFirst("^(Invalid Input Error|Conversion Error|IO Error|Binder Error): ", "");
        // A binder error lists every candidate function; the first line says what is wrong.
        int candidates = message.indexOf("\n\tCandidate functions");
        message = candidates > 0 ? message.substring(0, candidates) : message;
        return "cannot read the file: " + (message.length() > 600 ? message.substring(0, 600) + "…" : message);
    }
}
