#!/usr/bin/env bash
# spark-submit without a Spark distribution: runs org.apache.spark.deploy.SparkSubmit (what bin/spark-submit
# execs) on the Spark 4.2.0 jars Maven resolved for the spark module, with the JVM flags Spark's launcher adds.
# Only Spark's own jars are on the class path (as on a cluster); the job jar brings the rest.
# Usage: spark/spark-submit-local.sh --class com.steward.spark.KpiJob --master 'local[2]' JAR [job args...]
set -euo pipefail
cd "$(dirname "$0")/.."
cp_file=spark/target/spark-only.classpath
if [ ! -s "$cp_file" ]; then
  ./mvnw -q -pl spark dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=target/spark-all.classpath
  tr ':' '\n' < spark/target/spark-all.classpath \
    | grep -v -E '/com/steward/|/org/duckdb/|/commons-statistics-' | paste -sd: > "$cp_file"
fi
opts=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' spark/pom.xml)
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java  # Java 25, as ./mvnw picks it
[ -x "$JAVA" ] || JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Xmx"${SPARK_DRIVER_HEAP:-1g}" $opts -cp "$(cat "$cp_file")" org.apache.spark.deploy.SparkSubmit "$@"
