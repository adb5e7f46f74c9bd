#!/usr/bin/env bash
# PySpark on Ember vs PySpark classic (issue 18), side by side in one run, a fresh Python process per engine and
# workload, the engines alternating (see docs/performance.md): the 22 TPC-H queries through PySpark's DataFrame API
# (bench/pyspark/tpch.py, the Java bench's TpchQueries in Python; answers compared), a Python @udf (Arrow-optimized)
# and a @pandas_udf over N rows, toPandas() of N rows, and a fresh process's `import ember; ember.session()` to the
# first result. Ember: `ember.session()` in python/.venv (python/bin/venv); PySpark classic: the `pyspark` 4.2.0
# package, local[*], in python/.venv-reference (python/bin/venv-reference, as bin/goldens-record).
# usage: bench/pyspark.sh [SF=1] [measured passes=1] [rows=10000000] [first-result processes per engine=5]
#                         [workloads=tpch,udf,topandas,startup] [queries=all|1,6,13]
# Builds Ember (mvn package of module ember), generates the TPC-H data once into bench/data/sf<SF>/ (git-ignored,
# shared with bench/run.sh), writes bench/results/pyspark/report.md, console.txt and raw/*.json.
# BENCH_MAVEN_OPTS go to mvn (e.g. -o); BENCH_SKIP_BUILD=1 runs on the jar that is there.
set -euo pipefail
cd "$(dirname "$0")/.."
sf="${1:-1}"
if [[ -z "${BENCH_SKIP_BUILD:-}" ]]; then
  mvn -B -q ${BENCH_MAVEN_OPTS:-} -pl ember -am package -DskipTests
fi
if [[ ! -f "bench/data/sf$sf/_SUCCESS" ]]; then
  mvn -B -q ${BENCH_MAVEN_OPTS:-} -Pbench -pl ember-bench -am verify -DskipTests -Dbench.skip=true \
    -Dbench.data.skip=false -Dbench.sf="$sf"
fi
ember_python="$(python/bin/venv)"
spark_python="$(python/bin/venv-reference)"
exec "$ember_python" bench/pyspark/run.py --ember-python "$ember_python" --spark-python "$spark_python" \
  --data "$PWD/bench/data/sf$sf" --sf "$sf" --runs "${2:-1}" --rows "${3:-10000000}" --startup-runs "${4:-5}" \
  --workloads "${5:-tpch,udf,topandas,startup}" --queries "${6:-all}" --out bench/results/pyspark
