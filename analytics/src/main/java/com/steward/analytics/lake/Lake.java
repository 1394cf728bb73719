package com.steward.analytics.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The interaction lake under one root folder: snapshots for readers, atomic upserts for writers.
 *
 * <p>See the package documentation for the layout and the commit protocol.
 */
public final class Lake {
    private static final Map<Path, ReentrantLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path root;

    private Lake(Path root) {
        this.root = root;
    }

    /** Opens (creating if needed) the lake at {@code root}. */
    public static Lake open(Path root) {
        try {
            Files.createDirectories(root);
            return new Lake(root.toRealPath());
        } catch (IOException e) {
            throw new LakeException("cannot open lake at " + root + ": " + e.getMessage(), e);
        }
    }

    public Path root() {
        return root;
    }

    /** The currently published generation: the files a reader must open. */
    public LakeSnapshot snapshot() {
        Manifest manifest = Manifest.read(root);
        Map<LakeDataset, List<Path>> files = new LinkedHashMap<>();
        for (LakeDataset dataset : LakeDataset.values()) {
            files.put(
                    dataset,
                    manifest.live().stream()
                            .filter(f -> f.startsWith(dataset.folder() + "/"))
                            .sorted()
                            .map(root::resolve)
                            .toList());
        }
        return new LakeSnapshot(manifest.generation(), files, manifest.partitions());
    }

    /** Outcome of one commit. */
    public record Commit(long generation, long rowsWritten, int partitionsRewritten) {}

    /**
     * Inserts or replaces the rows of {@code incomingTable} (a table on {@code connection} with exactly the
     * dataset's {@linkplain LakeDataset#schema() columns}), keyed by the dataset's key columns, and publishes a
     * new generation atomically. Every partition holding an incoming key or an older version of one is
     * rewritten; the others are untouched.
     */
    public Commit upsert(Connection connection, LakeDataset dataset, String incomingTable) {
        return commit(connection, dataset, incomingTable, true);
    }

    /**
     * Adds the rows of {@code incomingTable} (as for {@link #upsert}) as new files, with the same atomic commit, but
     * without looking for older versions of their keys and without rewriting any partition. For writers that know
     * their keys are new, e.g. a generator writing a batch at a time into a lake that holds none of its source's
     * rows: {@link #upsert} scans every live file of the dataset for each batch, which grows with the lake. The
     * caller guarantees the keys are new (this is not checked); a key written twice is counted twice by readers.
     */
    public Commit appendNew(Connection connection, LakeDataset dataset, String incomingTable) {
        return commit(connection, dataset, incomingTable, false);
    }

    private Commit commit(Connection connection, LakeDataset dataset, String incomingTable, boolean replaceKeys) {
        return staged((manifest, generation, before, staging) -> {
            List<Path> live = before.files(dataset);
            String partitions = String.join(", ", dataset.partitionColumns());
            String keyMatch = keyMatch(dataset);

            Set<List<String>> affected = new HashSet<>();
            collect(connection, "SELECT DISTINCT " + partitions + " FROM " + incomingTable, affected);
            if (replaceKeys && !live.isEmpty()) {
                collect(
                        connection,
                        "SELECT DISTINCT " + prefixed("l.", dataset.partitionColumns()) + " FROM "
                                + before.duckDbRelation(dataset) + " l WHERE EXISTS (SELECT 1 FROM "
                                + incomingTable + " i WHERE " + keyMatch + ")",
                        affected);
            }
            List<Path> replaced = replaceKeys
                    ? live.stream()
                            .filter(f -> affected.contains(partitionValues(dataset, f)))
                            .toList()
                    : List.of();
            String columns = String.join(
                    ", ", dataset.columns().stream().map(Sql::identifier).toList());
            String rows = "SELECT " + columns + " FROM " + incomingTable;
            if (!replaced.isEmpty()) {
                LakeSnapshot old = new LakeSnapshot(0, Map.of(dataset, replaced));
                rows = "SELECT " + prefixed("l.", dataset.columns()) + " FROM " + old.duckDbRelation(dataset)
                        + " l WHERE NOT EXISTS (SELECT 1 FROM " + incomingTable + " i WHERE " + keyMatch
                        + ") UNION ALL " + rows;
            }
            Files.createDirectories(staging.getParent());
            long written = copyPartitioned(connection, "(" + rows + ")", dataset, staging, generation, "");
            List<String> added = moveIntoLake(dataset, staging);
            Set<String> replacedRelative = new HashSet<>();
            replaced.forEach(p -> replacedRelative.add(relative(p)));
            publish(manifest, generation, replacedRelative, added);
            return new Commit(generation, written, affected.size());
        });
    }

    /** A commit's work inside the writer lock: {@code staging} is the next generation's (absent) staging folder. */
    @FunctionalInterface
    private interface StagedCommit {
        Commit run(Manifest manifest, long generation, LakeSnapshot before, Path staging)
                throws SQLException, IOException;
    }

    /**
     * Runs {@code work} under the writer lock, after recovering what an interrupted writer left, with the current
     * manifest and snapshot; the staging area is cleared afterwards whether or not {@code work} published.
     */
    private Commit staged(StagedCommit work) {
        try (WriterLock lock = lock()) {
            recoverLocked();
            Manifest manifest = Manifest.read(root);
            long generation = manifest.generation() + 1;
            Path staging = root.resolve("_staging").resolve("g" + generation);
            deleteRecursively(staging);
            try {
                return work.run(manifest, generation, snapshot(), staging);
            } finally {
                deleteRecursively(root.resolve("_staging"));
                deleteEmptyFolders();
            }
        } catch (SQLException | IOException e) {
            throw new LakeException("lake write failed, nothing was published: " + e.getMessage(), e);
        }
    }

    /** A check of the staged incoming rows before they are published; {@code false} abandons the commit. */
    @FunctionalInterface
    public interface StagedCheck {
        /**
         * @param staged a DuckDB relation over the staged incoming rows (the dataset's columns)
         * @param rows how many rows were staged
         */
        boolean accept(Connection connection, String staged, long rows) throws SQLException;
    }

    /**
     * Upserts the rows of {@code rowsQuery} (a query yielding the dataset's {@linkplain LakeDataset#columns()
     * columns}) evaluating it exactly once: the rows go straight into staging Parquet, {@code check} inspects the
     * staged rows, and only then are they merged and published atomically. Unlike {@link #upsert}, a partition is
     * not rewritten wholesale: only live files holding an incoming key are rewritten (without those rows), every
     * other live file stays, and the incoming rows are added as new files. A query that fails (e.g. through
     * DuckDB's {@code error()}) publishes nothing.
     *
     * @return the commit, or {@code null} when {@code check} declined the rows (nothing published)
     */
    public Commit upsertOnce(Connection connection, LakeDataset dataset, String rowsQuery, StagedCheck check) {
        return staged((manifest, generation, before, staging) -> {
            Path incoming = staging.resolve("new");
            Files.createDirectories(staging);
            long rows = copyPartitioned(connection, "(" + rowsQuery + ")", dataset, incoming, generation, "");
            List<Path> added = regularFiles(incoming);
            String staged = new LakeSnapshot(0, Map.of(dataset, added)).duckDbRelation(dataset);
            if (!check.accept(connection, staged, rows)) {
                return null;
            }
            return mergeAndPublish(connection, dataset, manifest, before.files(dataset), staging, added, rows);
        });
    }

    /** Writes already-validated rows as Parquet files into a staging folder for {@link #upsertWritten}. */
    @FunctionalInterface
    public interface StagedWriter {
        /**
         * @param folder where to write, laid out {@code partition=value/.../file.parquet} as DuckDB's partitioned
         *     {@code COPY} does (the folder exists and is empty)
         * @param filePrefix the start of every file name (e.g. {@code part-g7}), unique to this generation
         * @return the rows written, or {@code -1} to abandon the commit (nothing is published)
         */
        long write(Path folder, String filePrefix) throws IOException;
    }

    /**
     * {@link #upsertOnce} for rows a Java writer stages itself: {@code writer} writes the incoming rows (unique
     * keys, the caller's guarantee) as partitioned Parquet into the staging area, which {@link #recover()} clears
     * after a crash; then, exactly as {@link #upsertOnce}, only live files holding an incoming key are rewritten
     * and the new generation is published atomically. DuckDB is opened only when the lake already holds files of
     * the dataset (to find older versions of the incoming keys).
     *
     * @return the commit, or {@code null} when {@code writer} abandoned it (nothing published)
     */
    public Commit upsertWritten(LakeDataset dataset, StagedWriter writer) {
        return staged((manifest, generation, before, staging) -> {
            List<Path> live = before.files(dataset);
            Path incoming = staging.resolve("new");
            Files.createDirectories(incoming);
            long rows = writer.write(incoming, "part-g" + generation);
            if (rows < 0) {
                return null;
            }
            List<Path> added = regularFiles(incoming);
            if (live.isEmpty()) {
                return mergeAndPublish(null, dataset, manifest, live, staging, added, rows);
            }
            try (Connection connection = DuckDb.open(ZoneId.of("UTC"))) {
                return mergeAndPublish(connection, dataset, manifest, live, staging, added, rows);
            }
        });
    }

    /**
     * Merges the live files of every partition of {@code dataset} that holds more than one into a single file, rows
     * unchanged, in one atomic commit like any other (readers of the previous generation keep their files until the
     * next commit retires them). Every import adds files to the partitions it touches (one per writer thread on the
     * direct path), so a lake fed monthly by several vendors for a year reads many small files; this puts it back
     * to one file per partition, written by DuckDB with the lake's compression.
     *
     * @return the commit ({@code partitionsRewritten} = partitions merged), or {@code null} when every partition
     *     already holds at most one file (nothing published)
     */
    public Commit compact(LakeDataset dataset) {
        return staged((manifest, generation, before, staging) -> {
            Map<Path, List<Path>> byPartition = new TreeMap<>();
            before.files(dataset)
                    .forEach(f -> byPartition
                            .computeIfAbsent(f.getParent(), k -> new ArrayList<>())
                            .add(f));
            byPartition.values().removeIf(files -> files.size() < 2);
            if (byPartition.isEmpty()) {
                return null;
            }
            String fileColumns = prefixed(
                    "",
                    ParquetColumns.of(dataset).stream()
                            .map(ParquetColumns.Column::name)
                            .toList());
            Path merged = staging.resolve("compact");
            Path datasetRoot = root.resolve(dataset.folder());
            Set<String> replaced = new HashSet<>();
            long rows = 0;
            try (Connection connection = DuckDb.open(ZoneId.of("UTC"));
                    Statement statement = connection.createStatement()) {
                for (var partition : byPartition.entrySet()) {
                    Path target = merged.resolve(datasetRoot.relativize(partition.getKey()))
                            .resolve("part-g" + generation + "c-" + UUID.randomUUID() + ".parquet");
                    Files.createDirectories(target.getParent());
                    rows += statement.executeUpdate("COPY (SELECT " + fileColumns + " FROM read_parquet("
                            + LakeSnapshot.pathList(partition.getValue()) + ", hive_partitioning = false)) TO "
                            + Sql.literal(target.toString()) + " (" + PARQUET_OPTIONS + ")");
                    partition.getValue().forEach(f -> replaced.add(relative(f)));
                }
            }
            publish(manifest, generation, replaced, moveIntoLake(dataset, merged));
            return new Commit(generation, rows, byPartition.size());
        });
    }

    /**
     * The second half of {@link #upsertOnce} and {@link #upsertWritten}: rewrites the live files holding a key of
     * the staged rows {@code added} (without those rows), moves the staged and rewritten files into the lake and
     * publishes the next generation. {@code connection} may be {@code null} when {@code live} is empty.
     */
    private Commit mergeAndPublish(
            Connection connection,
            LakeDataset dataset,
            Manifest manifest,
            List<Path> live,
            Path staging,
            List<Path> added,
            long rows)
            throws SQLException, IOException {
        long generation = manifest.generation() + 1;
        Path incoming = staging.resolve("new");
        String staged = new LakeSnapshot(0, Map.of(dataset, added)).duckDbRelation(dataset);
        Set<List<String>> touched = new HashSet<>();
        added.forEach(f -> touched.add(partitionValues(dataset, f)));
        Set<String> replaced = new HashSet<>();
        long kept = 0;
        Path keptFolder = staging.resolve("kept");
        if (!live.isEmpty() && rows > 0) {
            String keyMatch = keyMatch(dataset);
            String keys = prefixed("", dataset.keyColumns());
            Set<List<String>> holding = new HashSet<>();
            collect(
                    connection,
                    "SELECT DISTINCT l.filename FROM read_parquet(" + LakeSnapshot.pathList(live)
                            + ", filename = true) l"
                            + " WHERE EXISTS (SELECT 1 FROM (SELECT " + keys + " FROM " + staged + ") i WHERE "
                            + keyMatch + ")",
                    holding);
            List<Path> rewrite = live.stream()
                    .filter(f -> holding.contains(List.of(f.toString())))
                    .toList();
            if (!rewrite.isEmpty()) {
                String old = new LakeSnapshot(0, Map.of(dataset, rewrite)).duckDbRelation(dataset);
                kept = copyPartitioned(
                        connection,
                        "(SELECT " + prefixed("l.", dataset.columns()) + " FROM " + old
                                + " l WHERE NOT EXISTS (SELECT 1 FROM (SELECT " + keys + " FROM " + staged
                                + ") i WHERE " + keyMatch + "))",
                        dataset,
                        keptFolder,
                        generation,
                        "k");
                rewrite.forEach(f -> {
                    touched.add(partitionValues(dataset, f));
                    replaced.add(relative(f));
                });
            }
        }
        List<String> published = new ArrayList<>(moveIntoLake(dataset, incoming));
        published.addAll(moveIntoLake(dataset, keptFolder));
        publish(manifest, generation, replaced, published);
        return new Commit(generation, rows + kept, touched.size());
    }

    /** The join condition matching incoming rows {@code i} to lake rows {@code l} on the dataset's key. */
    private static String keyMatch(LakeDataset dataset) {
        return dataset.keyColumns().stream()
                .map(k -> "i." + Sql.identifier(k) + " = l." + Sql.identifier(k))
                .reduce((a, b) -> a + " AND " + b)
                .orElseThrow();
    }

    /**
     * Publishes generation {@code generation}: the previous live files minus {@code replaced} plus {@code added}
     * (files already moved into the lake), then deletes the files retired one generation ago, which no reader's
     * snapshot references any more. Publishing the manifest is the commit point.
     */
    private void publish(Manifest previous, long generation, Set<String> replaced, List<String> added)
            throws IOException {
        previous.next(generation, replaced, added).publish(root);
        for (String file : previous.retired()) {
            Files.deleteIfExists(root.resolve(file));
        }
    }

    /** How DuckDB writes the lake's Parquet: zstd at its fastest level (decoding speed is the same at every level). */
    private static final String PARQUET_OPTIONS = "FORMAT parquet, COMPRESSION zstd, COMPRESSION_LEVEL 1";

    /** Writes {@code relation} as hive-partitioned Parquet under {@code folder}; returns the rows written. */
    private static long copyPartitioned(
            Connection connection, String relation, LakeDataset dataset, Path folder, long generation, String tag)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            return statement.executeUpdate("COPY " + relation + " TO " + Sql.literal(folder.toString())
                    + " (" + PARQUET_OPTIONS + ", PARTITION_BY ("
                    + String.join(", ", dataset.partitionColumns()) + "), FILENAME_PATTERN 'part-g" + generation + tag
                    + "-{uuid}')");
        }
    }

    /**
     * Moves the staged files under {@code folder} (laid out as {@code partition=value/.../file}) into the dataset's
     * folder, each synced to disk first, and returns their lake-relative names for the next manifest. Not yet
     * visible to readers: only publishing the manifest makes them live.
     */
    private List<String> moveIntoLake(LakeDataset dataset, Path folder) throws IOException {
        List<String> moved = new ArrayList<>();
        List<Path> files = regularFiles(folder);
        // One fsync per file costs a few milliseconds of waiting (a journal commit) even when the data is already
        // written: they are issued concurrently, all before the first move.
        try (var syncs = Executors.newVirtualThreadPerTaskExecutor()) {
            files.forEach(file -> syncs.submit(() -> Manifest.force(file)));
        }
        for (Path file : files) {
            String relative =
                    dataset.folder() + "/" + folder.relativize(file).toString().replace('\\', '/');
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            moved.add(relative);
        }
        return moved;
    }

    private static List<Path> regularFiles(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    /**
     * Removes what an interrupted writer left behind (unpublished files, staging folders). Readers are never
     * affected by those; this only reclaims space. Runs automatically before every commit.
     */
    public void recover() {
        try (WriterLock lock = lock()) {
            recoverLocked();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recoverLocked() throws IOException {
        Manifest manifest = Manifest.read(root);
        Set<String> referenced = new HashSet<>(manifest.live());
        referenced.addAll(manifest.retired());
        for (LakeDataset dataset : LakeDataset.values()) {
            Path folder = root.resolve(dataset.folder());
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    if (!referenced.contains(relative(file))) {
                        Files.deleteIfExists(file);
                    }
                }
            }
        }
        deleteRecursively(root.resolve("_staging"));
        Files.deleteIfExists(root.resolve(Manifest.FILE + ".tmp"));
        deleteEmptyFolders();
    }

    private String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private static List<String> partitionValues(LakeDataset dataset, Path file) {
        List<String> values = new ArrayList<>();
        for (String column : dataset.partitionColumns()) {
            String value = null;
            for (Path part : file) {
                String name = part.toString();
                if (name.startsWith(column + "=")) {
                    value = name.substring(column.length() + 1);
                }
            }
            values.add(value);
        }
        return values;
    }

    private static void collect(Connection connection, String sql, Set<List<String>> into) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>(n);
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                into.add(row);
            }
        }
    }

    private static String prefixed(String prefix, List<String> columns) {
        return String.join(
                ", ", columns.stream().map(c -> prefix + Sql.identifier(c)).toList());
    }

    private void deleteEmptyFolders() throws IOException {
        for (LakeDataset dataset : LakeDataset.values()) {
            Path folder = root.resolve(dataset.folder());
            if (!Files.exists(folder)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path dir : paths.filter(Files::isDirectory)
                        .sorted(Comparator.reverseOrder())
                        .toList()) {
                    if (!dir.equals(folder)) {
                        try (Stream<Path> children = Files.list(dir)) {
                            if (children.findAny().isEmpty()) {
                                Files.deleteIfExists(dir);
                            }
                        }
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private WriterLock lock() throws IOException {
        ReentrantLock local = IN_PROCESS_LOCKS.computeIfAbsent(root, r -> new ReentrantLock());
        local.lock();
        try {
            FileChannel channel =
                    FileChannel.open(root.resolve("_lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = channel.lock();
            return new WriterLock(local, channel, fileLock);
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    private record WriterLock(ReentrantLock local, FileChannel channel, FileLock fileLock) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                fileLock.release();
                channel.close();
            } finally {
                local.unlock();
            }
        }
    }
}
