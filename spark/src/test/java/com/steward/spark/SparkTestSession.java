package com.steward.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark for the whole test JVM (surefire runs one fork): local[2], loopback driver, no UI, 2 shuffle
 * partitions. The heap is bounded by surefire's {@code -Xmx} (see {@code spark/pom.xml}).
 */
final class SparkTestSession {
    private static SparkSession spark;

    private SparkTestSession() {}

    static synchronized SparkSession get() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .appName("steward-spark-tests")
                    .master("local[2]")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .config("spark.sql.adaptive.coalescePartitions.initialPartitionNum", "2")
                    .config("spark.memory.fraction", "0.5")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
            Runtime.getRuntime().addShutdownHook(new Thread(spark::stop));
        }
        return spark;
    }
}
