#!/usr/bin/env bash
# TPC-DS (issue 15): Spark's own 103 tpcds/*.sql queries through spark.sql on Ember embedded and, when SPARK_REF_BUILD
# is set, on Apache Spark 4.2.0 local[2] side by side, Ember's results checked against Spark's (see docs/performance.md).
# usage: bench/tpcds.sh [SF=1] [runs=1] [queries=all|q3,q14a]
# Generates the data once into bench/data/tpcds/sf<SF>/ (git-ignored), writes bench/results/tpcds-sf<SF>/report.md.
# SPARK_REF_BUILD=../shared/spark-ref/build/4.2.0 adds Spark (classic Spark's classpath: $SPARK_REF_BUILD/local.cp).
set -euo pipefail
cd "$(dirname "$0")/.."
spark_classpath=""
if [[ -n "${SPARK_REF_BUILD:-}" && -s "$SPARK_REF_BUILD/local.cp" ]]; then
  spark_classpath="$(cat "$SPARK_REF_BUILD/local.cp")"
fi
exec mvn -B -q -Pbench -pl ember-bench -am verify -DskipTests -Dbench.skip=true -Dbench.tpcds.skip=false \
  -Dbench.tpcds.sf="${1:-1}" -Dbench.tpcds.runs="${2:-1}" -Dbench.tpcds.queries="${3:-all}" \
  -Dbench.spark.classpath="$spark_classpath" ${BENCH_MAVEN_OPTS:-}
