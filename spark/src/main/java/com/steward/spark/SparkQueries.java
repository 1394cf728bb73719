package com.steward.spark;

import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.queries.LakeQuery;
import com.steward.analytics.queries.LakeRow;
import com.steward.analytics.queries.QueryEngine;
import com.steward.analytics.queries.SqlFiles;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The lake queries of {@code analytics} ({@link com.steward.analytics.queries.LakeQueries}) on Spark SQL: the same
 * files as {@link com.steward.analytics.queries.DuckDbQueries}, with each lake dataset a temporary view over its
 * Parquet files ({@link SparkEngine#read}), each value table a temporary view of its values, and each parameter a
 * named parameter marker ({@code :name}) bound by Spark, never inlined.
 *
 * <p>Not every file means the same on both engines: {@code calibration-population.sql} orders by DuckDB's
 * {@code hash()}, which Spark's {@code hash()} (Murmur3) does not reproduce, so Spark draws another (equally
 * seeded, equally valid) sample; the other files give the same rows.
 */
public final class SparkQueries implements QueryEngine {

    private final SparkSession spark;
    private final Supplier<LakeFiles> lake;

    /** An engine over the lake whose current generation {@code lake} yields at each run. */
    public SparkQueries(SparkSession spark, Supplier<LakeFiles> lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** An engine over a lake on the local file system. */
    public static SparkQueries local(SparkSession spark, Lake lake) {
        return new SparkQueries(spark, () -> LakeFiles.of(lake));
    }

    @Override
    public List<LakeRow> run(LakeQuery query) {
        SparkSession session = spark.newSession();
        session.conf().set("spark.sql.session.timeZone", query.zone().getId());
        session.conf().set("spark.sql.datetime.java8API.enabled", "true");
        session.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        LakeFiles files = lake.get();
        Map<String, Object> arguments = new HashMap<>();
        String sql = SqlFiles.render(query.sql(), name -> {
            LakeDataset dataset = query.relations().get(name);
            if (dataset != null) {
                String view = "lake_" + name;
                SparkEngine.read(session, files, dataset).createOrReplaceTempView(view);
                return view;
            }
            LakeQuery.ValueTable table = query.tables().get(name);
            if (table != null) {
                List<Row> rows = table.values().stream().map(RowFactory::create).toList();
                session.createDataFrame(
                                rows,
                                DataTypes.createStructType(List.of(
                                        DataTypes.createStructField(table.column(), DataTypes.StringType, false))))
                        .createOrReplaceTempView(name);
                return name;
            }
            Object value = query.parameters().get(name);
            if (value == null) {
                throw new IllegalArgumentException(query.file() + ": no value for ${" + name + "}");
            }
            if (value instanceof Long number) {
                return number.toString(); // a number is safe to inline, and LIMIT takes no parameter marker
            }
            arguments.put(name, value);
            return ":" + name;
        });
        Dataset<Row> result = session.sql(sql, arguments);
        String[] names = result.columns();
        List<LakeRow> out = new ArrayList<>();
        for (Row row : result.collectAsList()) {
            Map<String, Object> columns = new LinkedHashMap<>();
            for (int c = 0; c < names.length; c++) {
                columns.put(names[c].toLowerCase(Locale.ROOT), neutral(row.get(c)));
            }
            out.add(new LakeRow(columns));
        }
        return out;
    }

    /** Spark's values as the engine-neutral ones of {@link LakeRow}. */
    private static Object neutral(Object value) {
        return switch (value) {
            case Timestamp t -> t.toInstant();
            case Date d -> d.toLocalDate();
            case Instant i -> i;
            case LocalDate d -> d;
            case BigDecimal d -> d;
            case null, default -> value;
        };
    }
}
