#!/usr/bin/env bash
# Cold start (a new JVM to the first show(), with a breakdown and peak RSS) and collect() throughput,
# Ember embedded vs Spark 4.2.0 local[2] (see docs/performance.md). Writes bench/results/startup.md.
# usage: bench/startup.sh [processes per engine=5] [collect rows=10000000] [collects after the warm-up=3]
# SPARK_REF_BUILD=../shared/spark-ref/build/4.2.0 adds Spark (classic Spark's classpath: $SPARK_REF_BUILD/local.cp).
set -euo pipefail
cd "$(dirname "$0")/.."
spark_classpath=""
if [[ -n "${SPARK_REF_BUILD:-}" && -s "$SPARK_REF_BUILD/local.cp" ]]; then
  spark_classpath="$(cat "$SPARK_REF_BUILD/local.cp")"
fi
exec mvn -B -q -Pbench -pl ember-bench -am verify -DskipTests -Dbench.skip=true -Dbench.startup.skip=false \
  -Dbench.startup.runs="${1:-5}" -Dbench.startup.rows="${2:-10000000}" -Dbench.startup.collect.runs="${3:-3}" \
  -Dbench.spark.classpath="$spark_classpath"
