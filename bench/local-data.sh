#!/usr/bin/env bash
# Data that lives in the client: createDataFrame(List<Row>, schema) of N rows × 5 columns + count(), and isin
# with N long values, Ember embedded and over loopback vs Spark 4.2.0 local[2], a fresh process per engine
# and measurement (see docs/performance.md). Writes bench/results/local-data.md.
# usage: bench/local-data.sh [processes per engine and measurement=3] [rows=1000000] [isin values=1000000]
# SPARK_REF_BUILD=../shared/spark-ref/build/4.2.0 adds Spark (classic Spark's classpath: $SPARK_REF_BUILD/local.cp).
set -euo pipefail
cd "$(dirname "$0")/.."
spark_classpath=""
if [[ -n "${SPARK_REF_BUILD:-}" && -s "$SPARK_REF_BUILD/local.cp" ]]; then
  spark_classpath="$(cat "$SPARK_REF_BUILD/local.cp")"
fi
exec mvn -B -q -Pbench -pl ember-bench -am verify -DskipTests -Dbench.skip=true -Dbench.local.skip=false \
  -Dbench.local.runs="${1:-3}" -Dbench.local.rows="${2:-1000000}" -Dbench.local.values="${3:-1000000}" \
  -Dbench.spark.classpath="$spark_classpath"
