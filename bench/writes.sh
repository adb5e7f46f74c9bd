#!/usr/bin/env bash
# TPC-H lineitem (Parquet) written to Parquet, plain and partitioned by l_shipmode: Ember's df.write() vs DuckDB's own
# COPY ... TO on the same data (and Spark 4.2.0 local[2] when SPARK_REF_BUILD is set), a fresh process per engine and
# measurement (see docs/performance.md). Writes bench/results/writes.md.
# usage: bench/writes.sh [scale factor=1] [processes per engine and layout=3]
# SPARK_REF_BUILD=../shared/spark-ref/build/4.2.0 adds Spark (classic Spark's classpath: $SPARK_REF_BUILD/local.cp).
set -euo pipefail
cd "$(dirname "$0")/.."
spark_classpath=""
if [[ -n "${SPARK_REF_BUILD:-}" && -s "$SPARK_REF_BUILD/local.cp" ]]; then
  spark_classpath="$(cat "$SPARK_REF_BUILD/local.cp")"
fi
exec mvn -B -q -Pbench -pl ember-bench -am verify -DskipTests -Dbench.skip=true -Dbench.writes.skip=false \
  -Dbench.sf="${1:-1}" -Dbench.writes.runs="${2:-3}" -Dbench.spark.classpath="$spark_classpath"
