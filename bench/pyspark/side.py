"""One side of bench/pyspark.sh: runs one workload on one engine in this (fresh) process and writes what it measured
as JSON. ``--engine ember`` is PySpark's Connect client on Ember (``ember.session()``, python/.venv);
``--engine spark`` is PySpark classic, local mode (the ``pyspark`` 4.2.0 package, python/.venv-reference).

    side.py ENGINE tpch OUT --data DIR --sf 1 --runs 1 [--queries 1,6]
    side.py ENGINE udf OUT --rows 10000000 --runs 3
    side.py ENGINE topandas OUT --rows 10000000 --runs 3
"""

import argparse
import datetime
import decimal
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# The session confs both sides share (the Java bench's Spark: 4 shuffle partitions on this 2-core machine).
SESSION_CONF = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.shuffle.partitions": "4",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
}


def session(engine, memory):
    if engine == "ember":
        import ember
        return ember.session(**{"spark.ember.duckdb.memoryLimit": memory}, **SESSION_CONF)
    from pyspark.sql import SparkSession
    # its Python workers run this environment's Python (pandas, pyarrow), as ember.session() sets it for Ember's
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (SparkSession.builder.master("local[*]").appName("bench-pyspark")
               .config("spark.driver.memory", memory).config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false"))
    for k, v in SESSION_CONF.items():
        builder = builder.config(k, v)
    return builder.getOrCreate()


def tag(v):
    """A value as the Java bench's tagged text (dev.ember.bench.Values): N, I:, D:, F:, T:, S:, B:."""
    if v is None:
        return "N"
    if isinstance(v, bool):
        return "B:" + str(v).lower()
    if isinstance(v, int):
        return f"I:{v}"
    if isinstance(v, decimal.Decimal):
        return "D:" + format(v, "f")
    if isinstance(v, float):
        return "F:" + repr(v)
    if isinstance(v, datetime.date):
        return "T:" + v.isoformat()
    return "S:" + str(v).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def ms_since(t0):
    return (time.perf_counter() - t0) * 1000.0


def run_tpch(spark, args):
    import tpch
    queries = [int(q) for q in args.queries.split(",")] if args.queries != "all" else list(range(1, 23))
    out = {}
    for q in queries:  # the warm-up pass: each query once (the first run of a process: JIT, caches, file listing)
        t0 = time.perf_counter()
        rows = tpch.query(q, spark, args.data, args.sf).collect()
        out[q] = {"warmup_ms": ms_since(t0), "ms": [], "rows": ["\t".join(tag(v) for v in r) for r in rows]}
        print(f"  {args.engine} Q{q:02d} warm-up {out[q]['warmup_ms']:.0f} ms", flush=True)
    for _ in range(args.runs):
        for q in queries:
            t0 = time.perf_counter()
            tpch.query(q, spark, args.data, args.sf).collect()
            out[q]["ms"].append(ms_since(t0))
        print(f"  {args.engine} pass: " + " ".join(f"Q{q}={out[q]['ms'][-1]:.0f}" for q in queries), flush=True)
    return {str(q): v for q, v in out.items()}


def udf_workloads(spark, rows):
    """Each workload: a DataFrame of one row, sum(f(id)) over spark.range(rows)."""
    import pandas as pd
    from pyspark.sql import functions as F
    from pyspark.sql.functions import pandas_udf, udf

    @udf("long")  # Arrow-optimized: Spark 4.2's default (spark.sql.execution.pythonUDF.arrow.enabled)
    def plus_one(x):
        return x + 1

    @pandas_udf("long")
    def plus_one_pandas(s: pd.Series) -> pd.Series:
        return s + 1

    # a new DataFrame for each run: classic Spark would otherwise reuse the shuffle files of the Dataset's first run
    # (the final aggregate's exchange), and skip the Python stage altogether
    return {
        "built-in id + 1 (for scale)": lambda: spark.range(rows).select(F.sum(F.col("id") + 1)),
        "Python @udf (Arrow-optimized)": lambda: spark.range(rows).select(F.sum(plus_one("id"))),
        "@pandas_udf (Series to Series)": lambda: spark.range(rows).select(F.sum(plus_one_pandas("id"))),
    }


def run_udf(spark, args):
    out = {}
    for name, frame in udf_workloads(spark, args.rows).items():
        t0 = time.perf_counter()
        value = frame().collect()[0][0]
        out[name] = {"warmup_ms": ms_since(t0), "ms": [], "result": tag(value)}
        for _ in range(args.runs):
            t0 = time.perf_counter()
            frame().collect()
            out[name]["ms"].append(ms_since(t0))
        print(f"  {args.engine} {name}: warm-up {out[name]['warmup_ms']:.0f} ms, runs "
              + ", ".join(f"{m:.0f}" for m in out[name]["ms"]), flush=True)
    return out


def to_pandas_frame(spark, rows):
    from pyspark.sql import functions as F
    from pyspark.sql.functions import col
    return spark.range(rows).select(
        col("id"),
        (col("id") * 0.5).alias("x"),
        (col("id") % 1000).cast("int").alias("k"),
        F.concat(F.lit("s"), (col("id") % 1000).cast("string")).alias("s"),
        F.date_add(F.lit(datetime.date(2020, 1, 1)), (col("id") % 365).cast("int")).alias("d"))


def run_topandas(spark, args):
    t0 = time.perf_counter()
    pdf = to_pandas_frame(spark, args.rows).toPandas()
    out = {"warmup_ms": ms_since(t0), "ms": []}
    out["check"] = {
        "shape": list(pdf.shape),
        "dtypes": [str(t) for t in pdf.dtypes],
        "id": tag(int(pdf["id"].sum())), "x": tag(float(pdf["x"].sum())), "k": tag(int(pdf["k"].sum())),
        "s": tag(int(pdf["s"].str.len().sum())), "d": tag(max(pdf["d"]).isoformat() if len(pdf) else None),
        "first": [tag(v.item() if hasattr(v, "item") else v) for v in pdf.iloc[min(7, len(pdf) - 1)]],
    }
    del pdf
    for _ in range(args.runs):
        t0 = time.perf_counter()
        pdf = to_pandas_frame(spark, args.rows).toPandas()
        out["ms"].append(ms_since(t0))
        del pdf
    print(f"  {args.engine} toPandas: warm-up {out['warmup_ms']:.0f} ms, runs "
          + ", ".join(f"{m:.0f}" for m in out["ms"]), flush=True)
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("engine", choices=["ember", "spark"])
    p.add_argument("workload", choices=["tpch", "udf", "topandas"])
    p.add_argument("out")
    p.add_argument("--data")
    p.add_argument("--sf", type=float, default=1.0)
    p.add_argument("--queries", default="all")
    p.add_argument("--rows", type=int, default=10_000_000)
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--memory", default="6g")
    args = p.parse_args()
    t0 = time.perf_counter()
    spark = session(args.engine, args.memory)
    spark.range(1).collect()
    started_ms = ms_since(t0)
    result = {"run_tpch": run_tpch, "run_udf": run_udf, "run_topandas": run_topandas}["run_" + args.workload](spark, args)
    with open(args.out, "w") as f:
        json.dump({"engine": args.engine, "version": spark.version, "session_ms": started_ms, "result": result}, f)
    spark.stop()


if __name__ == "__main__":
    main()
