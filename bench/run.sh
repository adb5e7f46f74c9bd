#!/usr/bin/env bash
# TPC-H benchmark: Ember (embedded and over loopback), raw DuckDB and, when SPARK_REF_BUILD is set,
# Apache Spark 4.2.0 local[2], side by side on the same Parquet files (see docs/performance.md).
# usage: bench/run.sh [SF=0.1] [runs=3] [queries=all|1,6,13] [engines=default|duckdb,ember,...]
# Generates the data once into bench/data/sf<SF>/ (git-ignored), writes bench/results/sf<SF>/report.md.
# SPARK_REF_BUILD=../shared/spark-ref/build/4.2.0 adds the spark engine (classic Spark's classpath: $SPARK_REF_BUILD/local.cp).
set -euo pipefail
cd "$(dirname "$0")/.."
spark_classpath=""
if [[ -n "${SPARK_REF_BUILD:-}" && -s "$SPARK_REF_BUILD/local.cp" ]]; then
  spark_classpath="$(cat "$SPARK_REF_BUILD/local.cp")"
fi
exec mvn -B -q -Pbench -pl ember-bench -am verify -DskipTests \
  -Dbench.sf="${1:-0.1}" -Dbench.runs="${2:-3}" -Dbench.queries="${3:-all}" -Dbench.engines="${4:-default}" \
  -Dbench.spark.classpath="$spark_classpath" ${BENCH_MAVEN_OPTS:-}
