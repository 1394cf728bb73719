package com.steward.analytics.lake;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One published generation of the lake: the exact files a reader must open.
 *
 * @param generation the manifest generation, 0 for an empty lake
 * @param files absolute paths of the live Parquet files per dataset
 * @param partitions lake-relative partition folder → the generation at which it last changed (see {@link Manifest})
 */
public record LakeSnapshot(long generation, Map<LakeDataset, List<Path>> files, Map<String, Long> partitions) {
    public LakeSnapshot {
        files = Map.copyOf(files);
        partitions = Map.copyOf(partitions);
    }

    /** A snapshot of files without partition generations (a writer's staged files, a test's). */
    public LakeSnapshot(long generation, Map<LakeDataset, List<Path>> files) {
        this(generation, files, Map.of());
    }

    public List<Path> files(LakeDataset dataset) {
        return files.getOrDefault(dataset, List.of());
    }

    /** The months of the dataset's month partitions that hold live files, in order. */
    public SortedSet<YearMonth> months(LakeDataset dataset) {
        SortedSet<YearMonth> months = new TreeSet<>();
        files(dataset).forEach(f -> LakeMonths.monthOf(f.toString()).ifPresent(months::add));
        return months;
    }

    /** This snapshot with only the files a reader of {@code months} must open ({@link LakeMonths#keeps}). */
    public LakeSnapshot prune(LakeMonths months) {
        Map<LakeDataset, List<Path>> kept = new LinkedHashMap<>();
        for (LakeDataset dataset : LakeDataset.values()) {
            kept.put(
                    dataset,
                    files(dataset).stream()
                            .filter(f -> months.keeps(dataset, f.toString()))
                            .toList());
        }
        return new LakeSnapshot(generation, kept, partitions);
    }

    /**
     * The generations of every partition folder a reader of {@code months} opens, sorted by folder: equal for two
     * snapshots exactly when those readers see the same files, so a result computed from them stays valid.
     */
    public SortedMap<String, Long> partitionGenerations(LakeMonths months) {
        SortedMap<String, Long> kept = new TreeMap<>();
        partitions.forEach((folder, g) -> {
            LakeDataset dataset = LakeDataset.ofFolder(folder);
            if (dataset != null && months.keeps(dataset, folder)) {
                kept.put(folder, g);
            }
        });
        return kept;
    }

    /**
     * A DuckDB table expression reading the dataset with its partition columns, or an empty relation of the
     * canonical schema when the dataset has no files yet.
     */
    public String duckDbRelation(LakeDataset dataset) {
        List<Path> paths = files(dataset);
        if (paths.isEmpty()) {
            StringBuilder select = new StringBuilder("(SELECT ");
            String[] columns = dataset.schema().split(",");
            for (int i = 0; i < columns.length; i++) {
                String[] parts = columns[i].trim().split("\\s+");
                select.append(i == 0 ? "" : ", ")
                        .append("CAST(NULL AS ")
                        .append(parts[1])
                        .append(") AS ")
                        .append(parts[0]);
            }
            return select.append(" WHERE 1 = 0)").toString();
        }
        StringBuilder list = new StringBuilder("read_parquet(" + pathList(paths));
        list.append(", hive_partitioning = true, hive_types = {");
        List<String> partitionColumns = dataset.partitionColumns();
        for (int i = 0; i < partitionColumns.size(); i++) {
            list.append(i == 0 ? "" : ", ")
                    .append('\'')
                    .append(partitionColumns.get(i))
                    .append("': VARCHAR");
        }
        return list.append("})").toString();
    }

    /** A DuckDB list literal of the files' paths, e.g. {@code ['/lake/a.parquet', '/lake/b.parquet']}. */
    static String pathList(List<Path> paths) {
        return "["
                + String.join(
                        ", ", paths.stream().map(p -> Sql.literal(p.toString())).toList()) + "]";
    }
}
