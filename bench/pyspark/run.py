"""bench/pyspark.sh's runner: Ember (PySpark's Connect client, ``ember.session()``) vs PySpark classic (the
``pyspark`` 4.2.0 package, local[*]), side by side in one run, a fresh process per engine and workload, the engines
alternating; checks that both give the same answers and writes bench/results/pyspark/report.md.

    run.py --ember-python P --spark-python P --data DIR --sf 1 --out DIR [--runs 1] [--rows 10000000]
           [--startup-runs 5] [--queries all] [--workloads tpch,udf,topandas,startup]
"""

import argparse
import datetime
import json
import os
import statistics
import subprocess
import sys
import time
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
DOUBLE_RELATIVE = 1e-9

EMBER_FIRST_RESULT = """
import os, time, json
t0 = float(os.environ["BENCH_T0"]); a = time.time()
import ember
b = time.time(); spark = ember.session(); c = time.time()
spark.range(1).collect(); d = time.time()
print("BENCH " + json.dumps({"interpreter": a - t0, "import": b - a, "session": c - b, "first": d - c, "total": d - t0}), flush=True)
"""

SPARK_FIRST_RESULT = """
import os, time, json
t0 = float(os.environ["BENCH_T0"]); a = time.time()
from pyspark.sql import SparkSession
b = time.time(); spark = SparkSession.builder.getOrCreate(); c = time.time()
spark.range(1).collect(); d = time.time()
print("BENCH " + json.dumps({"interpreter": a - t0, "import": b - a, "session": c - b, "first": d - c, "total": d - t0}), flush=True)
"""


def load_average():
    try:
        with open("/proc/loadavg") as f:
            return f.read().strip()
    except OSError:
        return "n/a"


# -- comparing results as the Java bench does (dev.ember.bench.Values) ------------------------------------------------

def half_ulp(tagged):
    if tagged[0] != "D":
        return 0.0
    exponent = Decimal(tagged[2:]).as_tuple().exponent
    return 0.5 * 10.0 ** exponent * (1 + 1e-9)


def compare_cell(a, b):
    if a == b:
        return None
    if a[0] in "IDF" and b[0] in "IDF":
        if a[0] != "F" and b[0] != "F":
            return None if Decimal(a[2:]) == Decimal(b[2:]) else f"{a} != {b}"
        x, y = float(a[2:]), float(b[2:])
        tolerance = max(DOUBLE_RELATIVE * max(abs(x), abs(y)), half_ulp(a), half_ulp(b))
        return None if abs(x - y) <= tolerance else f"{a} != {b}"
    return f"{a} != {b}"


def compare_rows(expected, actual):
    if len(expected) != len(actual):
        return f"row count {len(actual)} != {len(expected)}"
    for i, (e, a) in enumerate(zip(expected, actual)):
        e, a = e.split("\t"), a.split("\t")
        if len(e) != len(a):
            return f"row {i + 1}: {len(a)} columns != {len(e)}"
        for c, (x, y) in enumerate(zip(e, a)):
            why = compare_cell(x, y)
            if why:
                return f"row {i + 1} column {c + 1}: {why}"
    return None


def check(expected, actual):
    """'ok', 'ok (ties in another order)' or the first difference."""
    why = compare_rows(expected, actual)
    if why is None:
        return "ok"
    if compare_rows(sorted(expected), sorted(actual)) is None:
        return "ok (tied rows in another order)"
    return "DIFFERS: " + why


# -- running the sides ------------------------------------------------------------------------------------------------

def side(python, engine, workload, out_dir, extra, console):
    out = os.path.join(out_dir, f"{workload}-{engine}.json")
    command = [python, os.path.join(HERE, "side.py"), engine, workload, out] + extra
    print(f"[{datetime.datetime.now(datetime.timezone.utc):%H:%M:%S}] {engine} {workload}", flush=True)
    console.write(f"$ {' '.join(command)}\n")
    t0 = time.perf_counter()
    p = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    console.write(p.stdout)
    console.write(f"(exit {p.returncode}, {time.perf_counter() - t0:.1f} s)\n")
    console.flush()
    sys.stdout.write("".join(line + "\n" for line in p.stdout.splitlines() if line.startswith("  ")))
    if p.returncode != 0:
        raise SystemExit(f"{engine} {workload} failed (exit {p.returncode}); see the console log:\n{p.stdout[-3000:]}")
    with open(out) as f:
        return json.load(f)


def first_result(python, snippet, console):
    env = dict(os.environ)
    env["BENCH_T0"] = repr(time.time())
    p = subprocess.run([python, "-c", snippet], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    exit_s = time.time() - float(env["BENCH_T0"])
    console.write(p.stdout)
    line = next((l for l in p.stdout.splitlines() if l.startswith("BENCH ")), None)
    if p.returncode != 0 or line is None:
        raise SystemExit(f"first-result run failed (exit {p.returncode}):\n{p.stdout[-3000:]}")
    times = json.loads(line[6:])
    times["exit"] = exit_s
    return times


def median(values):
    return statistics.median(values) if values else float("nan")


def fmt_ms(values):
    if not values:
        return "n/a"
    if len(values) == 1:
        return f"{values[0]:.0f}"
    return f"{median(values):.0f} ({min(values):.0f}–{max(values):.0f})"


# -- the report -------------------------------------------------------------------------------------------------------

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--ember-python", required=True)
    p.add_argument("--spark-python", required=True)
    p.add_argument("--data", required=True)
    p.add_argument("--sf", default="1")
    p.add_argument("--out", required=True)
    p.add_argument("--runs", type=int, default=1)
    p.add_argument("--rows", type=int, default=10_000_000)
    p.add_argument("--startup-runs", type=int, default=5)
    p.add_argument("--queries", default="all")
    p.add_argument("--workloads", default="tpch,udf,topandas,startup")
    p.add_argument("--ember-memory", default="6GB")
    p.add_argument("--spark-memory", default="6g")
    args = p.parse_args()
    workloads = args.workloads.split(",")
    os.makedirs(args.out, exist_ok=True)
    raw = os.path.join(args.out, "raw")
    os.makedirs(raw, exist_ok=True)
    pythons = {"ember": args.ember_python, "spark": args.spark_python}
    memory = {"ember": args.ember_memory, "spark": args.spark_memory}
    load_before = load_average()
    started = datetime.datetime.now(datetime.timezone.utc)
    results = {}
    with open(os.path.join(args.out, "console.txt"), "w") as console:
        console.write(f"started {started.isoformat()}, load average {load_before}\n")
        for workload in ("tpch", "udf", "topandas"):
            if workload not in workloads:
                continue
            if workload == "tpch":
                extra = ["--data", args.data, "--sf", args.sf, "--queries", args.queries, "--runs", str(args.runs)]
            else:
                extra = ["--rows", str(args.rows), "--runs", str(max(args.runs, 3))]
            for engine in ("ember", "spark"):
                results[(workload, engine)] = side(pythons[engine], engine, workload, raw,
                                                   extra + ["--memory", memory[engine]], console)
        startup = {"ember": [], "spark": []}
        if "startup" in workloads:
            print(f"[{datetime.datetime.now(datetime.timezone.utc):%H:%M:%S}] first result, "
                  f"{args.startup_runs} fresh processes per engine, alternating", flush=True)
            for _ in range(args.startup_runs):
                startup["ember"].append(first_result(pythons["ember"], EMBER_FIRST_RESULT, console))
                startup["spark"].append(first_result(pythons["spark"], SPARK_FIRST_RESULT, console))
                print(f"  ember {startup['ember'][-1]['total']:.2f} s, spark {startup['spark'][-1]['total']:.2f} s",
                      flush=True)
    load_after = load_average()
    report = write_report(args, results, startup, started, load_before, load_after)
    print(report)


def write_report(args, results, startup, started, load_before, load_after):
    lines = ["# PySpark on Ember vs PySpark classic (issue 18)", ""]
    versions = {e: results[k]["version"] for k in results for e in [k[1]]}
    lines.append(f"Generated by `bench/pyspark.sh` (bench/pyspark/run.py) on {started:%Y-%m-%d %H:%M} UTC — see "
                 f"docs/performance.md. {os.cpu_count()} cores; load average before `{load_before}`, after "
                 f"`{load_after}`. Each engine and workload a fresh Python process, the engines alternating. "
                 f"`ember`: PySpark's Connect client (`pyspark-client`) on `ember.session()` "
                 f"(`spark.ember.duckdb.memoryLimit={args.ember_memory}`); `spark`: PySpark classic "
                 f"{versions.get('spark', '4.2.0')} (the `pyspark` package), `local[*]`, driver memory "
                 f"{args.spark_memory}. Both: UTC, `spark.sql.shuffle.partitions=4`, "
                 f"`spark.sql.execution.arrow.pyspark.enabled=true`.")
    lines.append("")
    targets = []
    if ("tpch", "ember") in results and ("tpch", "spark") in results:
        e, s = results[("tpch", "ember")]["result"], results[("tpch", "spark")]["result"]
        lines += [f"## TPC-H SF{args.sf} through PySpark's DataFrame API (bench/pyspark/tpch.py)", "",
                  f"Each query once as a warm-up, then {args.runs} measured pass(es) over all queries (the figure: "
                  f"their median), `collect()` of the result; the answers (the warm-up's rows) compared, doubles "
                  f"within a relative {DOUBLE_RELATIVE:g}, decimals and integers exactly (as `dev.ember.bench.Values`).",
                  "", "| query | ember ms | spark ms | spark / ember | ember warm-up ms | spark warm-up ms | rows | check |",
                  "|---|---:|---:|---:|---:|---:|---:|---|"]
        total_e = total_s = 0.0
        ratios, failures = [], 0
        for q in sorted(e, key=int):
            me, ms = median(e[q]["ms"]), median(s[q]["ms"])
            total_e += me
            total_s += ms
            ratios.append(ms / me)
            verdict = check(s[q]["rows"], e[q]["rows"])
            failures += not verdict.startswith("ok")
            lines.append(f"| Q{int(q):02d} | {fmt_ms(e[q]['ms'])} | {fmt_ms(s[q]['ms'])} | {ms / me:.1f} | "
                         f"{e[q]['warmup_ms']:.0f} | {s[q]['warmup_ms']:.0f} | {len(e[q]['rows'])} | {verdict} |")
        geo = statistics.geometric_mean(ratios)
        lines.append(f"| **total** | **{total_e:.0f}** | **{total_s:.0f}** | **{total_s / total_e:.1f}** | "
                     f"{sum(v['warmup_ms'] for v in e.values()):.0f} | {sum(v['warmup_ms'] for v in s.values()):.0f} | | |")
        lines += ["", f"Total spark / ember: **{total_s / total_e:.1f}×** (geometric mean of the per-query ratios "
                      f"{geo:.1f}×); {len(e) - failures} of {len(e)} answers equal.", ""]
        targets.append(f"TPC-H SF{args.sf} (DataFrame API): PySpark classic / Ember {total_s / total_e:.1f}× "
                       f"(target ≥ 10×) — {'met' if total_s / total_e >= 10 else 'missed'}"
                       + ("" if failures == 0 else f"; {failures} answers differ"))
    for workload, title in (("udf", f"Python UDFs over {args.rows:,} rows: `spark.range(n).select(sum(f(id)))`, "
                                    "f = x + 1"),
                            ("topandas", f"`toPandas()` of {args.rows:,} rows × 5 columns (bigint, double, int, "
                                         "string, date from `spark.range`)")):
        if (workload, "ember") not in results or (workload, "spark") not in results:
            continue
        e, s = results[(workload, "ember")]["result"], results[(workload, "spark")]["result"]
        if workload == "topandas":
            e, s = {"toPandas()": e}, {"toPandas()": s}
        lines += [f"## {title}", "",
                  "One warm-up, then the measured runs (median (min–max)); the result checked on both sides.", "",
                  "| workload | ember ms | spark ms | ember / spark (time) | ember warm-up ms | spark warm-up ms | check |",
                  "|---|---:|---:|---:|---:|---:|---|"]
        for name in e:
            me, ms = median(e[name]["ms"]), median(s[name]["ms"])
            if workload == "udf":
                verdict = "ok" if compare_cell(s[name]["result"], e[name]["result"]) is None else \
                    f"DIFFERS: {e[name]['result']} != {s[name]['result']}"
            else:
                verdict = "ok" if e[name]["check"] == s[name]["check"] else \
                    f"DIFFERS: {e[name]['check']} != {s[name]['check']}"
            lines.append(f"| {name} | {fmt_ms(e[name]['ms'])} | {fmt_ms(s[name]['ms'])} | {me / ms:.2f} | "
                         f"{e[name]['warmup_ms']:.0f} | {s[name]['warmup_ms']:.0f} | {verdict} |")
            if not name.startswith("built-in"):
                targets.append(f"{name} over {args.rows:,} rows: Ember / PySpark classic {me / ms:.2f} (target ≤ 1) — "
                               f"{'met' if me <= ms else 'missed'}" + ("" if verdict == "ok" else "; results differ"))
        lines.append("")
    if startup["ember"]:
        lines += ["## A fresh process to the first result", "",
                  "Ember: `import ember; spark = ember.session(); spark.range(1).collect()`; PySpark classic: "
                  "`from pyspark.sql import SparkSession; spark = SparkSession.builder.getOrCreate(); "
                  "spark.range(1).collect()` (its defaults: `local[*]`). Wall time from launching `python -c` "
                  f"(median (min–max) of {len(startup['ember'])} processes per engine, alternating; seconds).", "",
                  "| step | ember s | spark s |", "|---|---:|---:|"]
        for step, label in (("interpreter", "interpreter start"), ("import", "import"),
                            ("session", "`ember.session()` / `getOrCreate()`"), ("first", "first `collect()`"),
                            ("total", "**launch to first result**"), ("exit", "launch to process exit")):
            cell = {k: [r[step] for r in startup[k]] for k in startup}
            lines.append(f"| {label} | {fmt_s(cell['ember'])} | {fmt_s(cell['spark'])} |")
        first = median([r["total"] for r in startup["ember"]])
        lines.append("")
        targets.append(f"`import ember; ember.session()` to the first result: {first:.2f} s (target ≤ 1.5 s) — "
                       f"{'met' if first <= 1.5 else 'missed'}; PySpark classic "
                       f"{median([r['total'] for r in startup['spark']]):.2f} s")
    lines += ["## Targets", ""] + [f"- {t}" for t in targets] + [""]
    report = "\n".join(lines)
    with open(os.path.join(args.out, "report.md"), "w") as f:
        f.write(report)
    return report


def fmt_s(values):
    if len(values) == 1:
        return f"{values[0]:.2f}"
    return f"{median(values):.2f} ({min(values):.2f}–{max(values):.2f})"


if __name__ == "__main__":
    main()
