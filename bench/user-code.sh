#!/usr/bin/env bash
# User code on the JVM (issue 17): a Java UDF, typed filter/map over beans, groupByKey.mapGroups and an Aggregator over
# 10M rows, Ember embedded vs Spark 4.2.0 local[2] (when SPARK_REF_BUILD is set), a fresh process per engine and run,
# the engines alternating (see docs/performance.md). Writes bench/results/user-code.md.
# usage: bench/user-code.sh [processes per engine=3] [rows=10000000]
# SPARK_REF_BUILD=../shared/spark-ref/build/4.2.0 adds Spark (classic Spark's classpath: $SPARK_REF_BUILD/local.cp).
set -euo pipefail
cd "$(dirname "$0")/.."
spark_classpath=""
if [[ -n "${SPARK_REF_BUILD:-}" && -s "$SPARK_REF_BUILD/local.cp" ]]; then
  spark_classpath="$(cat "$SPARK_REF_BUILD/local.cp")"
fi
exec mvn -B -q -Pbench -pl ember-bench -am verify -DskipTests -Dbench.skip=true -Dbench.usercode.skip=false \
  -Dbench.usercode.runs="${1:-3}" -Dbench.usercode.rows="${2:-10000000}" -Dbench.spark.classpath="$spark_classpath"
