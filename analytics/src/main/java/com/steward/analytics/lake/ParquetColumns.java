package com.steward.analytics.lake;

import java.util.ArrayList;
import java.util.List;

/**
 * The Parquet columns of a dataset's files, derived from {@link LakeDataset#schema()} exactly as DuckDB's
 * partitioned {@code COPY} writes them: partition columns are left out (they are folder names), every column is
 * {@code OPTIONAL}, text is UTF-8 {@code BYTE_ARRAY}, {@code TIMESTAMPTZ} is {@code INT64} microseconds adjusted
 * to UTC, {@code INTEGER} is {@code INT32}.
 */
final class ParquetColumns {
    private ParquetColumns() {}

    /** A column's Parquet physical type (the Thrift {@code Type} enum value). */
    enum Physical {
        BOOLEAN(0),
        INT32(1),
        INT64(2),
        DOUBLE(5),
        BYTE_ARRAY(6);

        final int thrift;

        Physical(int thrift) {
            this.thrift = thrift;
        }
    }

    /** One column of a file: its name, DuckDB type and Parquet physical type. */
    record Column(String name, String duckDbType, Physical physical) {}

    static List<Column> of(LakeDataset dataset) {
        List<Column> columns = new ArrayList<>();
        for (String definition : dataset.schema().split(",")) {
            String[] parts = definition.trim().split("\\s+");
            String name = parts[0].replace("\"", "");
            if (dataset.partitionColumns().contains(name)) {
                continue;
            }
            Physical physical = switch (parts[1]) {
                case "VARCHAR" -> Physical.BYTE_ARRAY;
                case "BOOLEAN" -> Physical.BOOLEAN;
                case "TIMESTAMPTZ" -> Physical.INT64;
                case "INTEGER" -> Physical.INT32;
                case "DOUBLE" -> Physical.DOUBLE;
                default -> throw new IllegalArgumentException("no Parquet mapping for " + parts[1]);
            };
            columns.add(new Column(name, parts[1], physical));
        }
        return columns;
    }

    /** The footer's schema elements (Thrift {@code SchemaElement}s) for {@code columns}, root first. */
    static void writeSchema(ThriftCompactWriter thrift, List<Column> columns) {
        thrift.list(2, ThriftCompactWriter.STRUCT, columns.size() + 1);
        thrift.element()
                .i32(3, 0)
                .string(4, "duckdb_schema")
                .i32(5, columns.size())
                .end();
        for (Column column : columns) {
            thrift.element().i32(1, column.physical().thrift).i32(3, 1).string(4, column.name());
            switch (column.duckDbType()) {
                case "VARCHAR" -> thrift.i32(6, 0); // UTF8
                case "INTEGER" -> thrift.i32(6, 17); // INT_32
                case "TIMESTAMPTZ" -> {
                    thrift.i32(6, 10); // TIMESTAMP_MICROS
                    // LogicalType.TIMESTAMP(isAdjustedToUTC = true, unit = MICROS)
                    thrift.struct(10)
                            .struct(8)
                            .bool(1, true)
                            .struct(2)
                            .struct(2)
                            .end()
                            .end()
                            .end()
                            .end();
                }
                default -> {}
            }
            thrift.end();
        }
    }
}
