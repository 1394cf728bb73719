package com.steward.spark;

import com.steward.analytics.kpi.Dimension;
import com.steward.analytics.kpi.Engine;
import com.steward.analytics.kpi.KpiQuery;
import com.steward.analytics.kpi.KpiRow;
import com.steward.analytics.kpi.KpiSql;
import com.steward.analytics.kpi.KpiViews;
import com.steward.analytics.kpi.MetricValue;
import com.steward.analytics.lake.Lake;
import com.steward.analytics.lake.LakeDataset;
import com.steward.analytics.lake.LakeException;
import java.math.BigDecimal;
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
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The scale-out engine: runs the same KPI SQL files as {@link com.steward.analytics.kpi.DuckDbEngine} (rendered
 * by {@link KpiSql}) on Spark SQL over the lake's Parquet files, and maps the result columns through the same
 * {@link KpiSql#metrics} so values and intervals are computed by the same code.
 *
 * <p>Each {@link #run} works in its own {@link SparkSession#newSession() session} (own temp views and session
 * time zone = the query's zone), so one engine can serve concurrent queries over one {@code SparkContext}.
 */
public final class SparkEngine implements Engine {
    private final SparkSession spark;
    private final Supplier<LakeFiles> lake;

    /** An engine over the lake whose current generation {@code lake} yields at each run. */
    public SparkEngine(SparkSession spark, Supplier<LakeFiles> lake) {
        this.spark = spark;
        this.lake = lake;
    }

    /** An engine over a lake on the local file system. */
    public static SparkEngine local(SparkSession spark, Lake lake) {
        return new SparkEngine(spark, () -> LakeFiles.of(lake));
    }

    /** An engine over the lake at {@code uri} (path, {@code file:}, {@code hdfs:}, {@code s3a:}, …). */
    public static SparkEngine at(SparkSession spark, String uri) {
        return new SparkEngine(
                spark, () -> LakeFiles.read(uri, spark.sparkContext().hadoopConfiguration()));
    }

    @Override
    public List<KpiRow> run(KpiQuery query) {
        SparkSession session = spark.newSession();
        session.conf().set("spark.sql.session.timeZone", query.settings().zone().getId());
        session.conf().set("spark.sql.datetime.java8API.enabled", "true");
        session.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        createViews(session, lake.get(), query);
        Map<List<String>, Map<String, MetricValue>> rows = new HashMap<>();
        int keys = query.groupBy().size();
        for (String file : KpiSql.files(query)) {
            Dataset<Row> result = session.sql(KpiSql.render(file, query));
            String[] names = result.columns();
            for (Row row : result.collectAsList()) {
                List<String> key = new ArrayList<>(keys);
                for (int i = 0; i < keys; i++) {
                    Dimension dimension = query.groupBy().get(i);
                    Object value = row.get(i);
                    if (value == null) {
                        key.add(null);
                    } else if (dimension.isPeriod()) {
                        key.add(KpiSql.periodKey(dimension, LocalDate.ofEpochDay(((Number) value).longValue())));
                    } else {
                        key.add(value.toString());
                    }
                }
                Map<String, Number> columns = new HashMap<>();
                for (int c = keys; c < names.length; c++) {
                    columns.put(names[c].toLowerCase(Locale.ROOT), number(row.get(c)));
                }
                if (keys == 0 && isEmpty(columns)) {
                    continue;
                }
                rows.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(KpiSql.metrics(query, file, columns::get));
            }
        }
        return KpiSql.rows(query, rows);
    }

    /**
     * The views of the SQL contract ({@code analytics}' {@code kpi/package-info.java}), from the one definition in
     * {@link KpiViews}, over the lake's files pruned as the DuckDB engine prunes them.
     */
    static void createViews(SparkSession session, LakeFiles all, KpiQuery query) {
        LakeFiles files = all.prune(KpiViews.months(query));
        for (LakeDataset dataset : LakeDataset.values()) {
            read(session, files, dataset).createOrReplaceTempView(KpiViews.relation(dataset));
        }
        boolean feeds = !files.files(LakeDataset.SURVEY_RESPONSES).isEmpty()
                || !files.files(LakeDataset.QA_EVALUATIONS).isEmpty();
        for (KpiViews.View view : KpiViews.views(query, KpiViews.Dialect.SPARK, feeds)) {
            session.sql("CREATE OR REPLACE TEMP VIEW " + view.name() + " AS " + view.sql());
        }
    }

    /** The dataset's files with its canonical schema (partition columns from the folder names, as text). */
    static Dataset<Row> read(SparkSession session, LakeFiles files, LakeDataset dataset) {
        StructType schema = schema(dataset);
        List<String> paths = files.files(dataset);
        if (paths.isEmpty()) {
            return session.createDataFrame(List.of(), schema);
        }
        return session.read()
                .schema(schema)
                .option("basePath", files.root() + "/" + dataset.folder())
                .parquet(paths.toArray(String[]::new));
    }

    /** The Spark schema of a dataset, from {@link LakeDataset#schema()} (DuckDB type names). */
    static StructType schema(LakeDataset dataset) {
        List<StructField> fields = new ArrayList<>();
        for (String column : dataset.schema().split(",")) {
            String[] parts = column.trim().split("\\s+");
            fields.add(DataTypes.createStructField(parts[0].replace("\"", ""), type(parts[1]), true));
        }
        return DataTypes.createStructType(fields);
    }

    private static DataType type(String duckDbType) {
        return switch (duckDbType.toUpperCase(Locale.ROOT)) {
            case "VARCHAR" -> DataTypes.StringType;
            case "BOOLEAN" -> DataTypes.BooleanType;
            case "INTEGER" -> DataTypes.IntegerType;
            case "BIGINT" -> DataTypes.LongType;
            case "DOUBLE" -> DataTypes.DoubleType;
            case "TIMESTAMPTZ" -> DataTypes.TimestampType;
            default -> throw new LakeException("no Spark type for lake column type " + duckDbType);
        };
    }

    private static Number number(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal d -> d.doubleValue();
            case Number n -> n;
            default -> Double.parseDouble(value.toString());
        };
    }

    private static boolean isEmpty(Map<String, Number> columns) {
        return columns.values().stream().allMatch(v -> v == null || v.doubleValue() == 0);
    }
}
