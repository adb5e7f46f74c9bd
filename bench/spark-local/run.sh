#!/usr/bin/env bash
# Spark 4.2.0 local[2] on the same TPC-H Parquet files and the same Dataset programs as bench/run.sh.
# Needs the spark-ref classpaths (../shared/spark-ref/setup.sh with SPARK_REF_BUILD set) and a built
# ember-bench (bench/run.sh once). usage: bench/spark-local/run.sh SPARK_REF_BUILD [SF=1] [runs=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
build="$1"; sf="${2:-1}"; runs="${3:-3}"
cp="$(cat "$build/local.cp"):$PWD/ember-bench/target/classes"
out="$(mktemp -d)"
javac -cp "$cp" -d "$out" bench/spark-local/SparkLocalTpch.java
source ../shared/spark-ref/env.sh
java "${SPARK_JVM_FLAGS[@]}" -Xmx8g -Dlog4j2.configurationFile="$PWD/ember-reference/log4j2.properties" \
  -cp "$cp:$out" SparkLocalTpch "bench/data/sf$sf" "$runs"
