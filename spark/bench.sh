#!/usr/bin/env bash
# Spark local[2] vs DuckDB on the same generated lake, printed in one run (see docs/scale-out.md).
# Usage: spark/bench.sh [contacts=1000000] [workDir=/tmp/steward-engine-bench] [runs=3]
# Environment: BENCH_HEAP (default 3g) bounds the JVM both engines share.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl spark -am install -DskipTests
./mvnw -q -pl spark dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
opts=$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' spark/pom.xml)
JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java  # Java 25, as ./mvnw picks it
[ -x "$JAVA" ] || JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
"$JAVA" -Xmx"${BENCH_HEAP:-3g}" $opts -cp "spark/target/classes:$(cat spark/target/bench.classpath)" \
  com.steward.spark.bench.EngineBench "${1:-1000000}" "${2:-/tmp/steward-engine-bench}" "${3:-3}"
