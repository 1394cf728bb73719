package com.steward.analytics.lake;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One published generation of the lake: the exact files a reader must open.
 *
 * @param generation the manifest generation, 0 for an empty lake
 * @param files absolute paths of the live Parquet files per dataset
 */
public record LakeSnapshot(long generation, Map<LakeDataset, List<Path>> files) {
    public LakeSnapshot {
        files = Map.copyOf(files);
    }

    public List<Path> files(LakeDataset dataset) {
        return files.getOrDefault(dataset, List.of());
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
        List<String> partitions = dataset.partitionColumns();
        for (int i = 0; i < partitions.size(); i++) {
            list.append(i == 0 ? "" : ", ")
                    .append('\'')
                    .append(partitions.get(i))
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
