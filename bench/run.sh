#!/usr/bin/env bash
# TPC-H benchmark: Ember embedded vs raw DuckDB on the same Parquet files (see docs/performance.md).
# usage: bench/run.sh [SF=0.1] [runs=3] [queries=all|1,6,13]
# Generates the data once into bench/data/sf<SF>/ (git-ignored), writes bench/results/sf<SF>/report.md.
set -euo pipefail
cd "$(dirname "$0")/.."
exec mvn -B -q -Pbench -pl ember-bench -am verify -DskipTests \
  -Dbench.sf="${1:-0.1}" -Dbench.runs="${2:-3}" -Dbench.queries="${3:-all}"
