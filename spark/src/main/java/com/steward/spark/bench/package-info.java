/** Spark local[2] against DuckDB on the same generated lake: {@link com.steward.spark.bench.EngineBench}. */
package com.steward.spark.bench;
