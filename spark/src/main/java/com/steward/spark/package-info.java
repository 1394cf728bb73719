/**
 * The KPI SQL of {@code analytics} on Apache Spark SQL: {@link com.steward.spark.SparkEngine} (the same
 * {@code .sql} files over the same lake layout, local path or any Hadoop URI), {@link com.steward.spark.SparkQueries}
 * (the lake queries of {@code analytics.queries}), the cluster job
 * {@link com.steward.spark.KpiJob} and {@link com.steward.spark.KpiResults}, the JSON-lines result format the
 * app loads.
 */
package com.steward.spark;
