"""Golden PySpark programs: each file of programs/ is a user-style PySpark program that uses the variables
``spark`` (a SparkSession) and ``tmp`` (an empty temporary directory) and prints what it computes. Real PySpark
4.2.0 (classic, local mode) recorded each program's output in expected/ (bin/goldens-record); the test
tests/test_goldens.py runs the same programs on Ember and compares. This module is shared by both sides: the
confs both sessions run with, and how one program runs (its output, an uncaught error included)."""

from __future__ import annotations

import contextlib
import io
import shutil
import tempfile
import traceback
from pathlib import Path
from typing import List

HERE = Path(__file__).resolve().parent
PROGRAMS = HERE / "programs"
EXPECTED = HERE / "expected"
KNOWN_DIFFERENCES = HERE / "known-differences.txt"

# the session confs of both sides (not set per program); Arrow for toPandas/createDataFrame(pandas) as Spark
# Connect always does
CONF = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.shuffle.partitions": "4",
    # a range without numPartitions in as many partitions on every machine (local[2]'s default parallelism)
    "spark.sql.leafNodeDefaultParallelism": "2",
}


def programs() -> List[str]:
    """The programs' names: their paths under programs/ without .py, e.g. ``joins/inner_on_key``."""
    return sorted(str(p.relative_to(PROGRAMS).with_suffix("")) for p in PROGRAMS.rglob("*.py"))


def expected_path(name: str) -> Path:
    return EXPECTED / f"{name}.out"


def known_differences() -> dict:
    """The programs whose output on Ember is known to differ from Spark's: name -> reason."""
    known = {}
    if KNOWN_DIFFERENCES.is_file():
        for line in KNOWN_DIFFERENCES.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                known[name] = reason.strip()
    return known


def describe_error(error: BaseException) -> str:
    """An error as the programs print it: its class and, for PySpark's errors, its condition."""
    condition = None
    get_condition = getattr(error, "getCondition", None)
    if callable(get_condition):
        try:
            condition = get_condition()
        except Exception:  # noqa: BLE001 - an error without one
            condition = None
    return f"{type(error).__name__}: {condition}" if condition else type(error).__name__


def run(spark, name: str) -> str:
    """Runs one program on ``spark`` and returns what it printed; an error it does not catch ends the output
    with ``UNCAUGHT <class>: <condition>``. Temporary views and tables it leaves behind are dropped."""
    source = (PROGRAMS / f"{name}.py").read_text()
    out = io.StringIO()
    tmp = tempfile.mkdtemp(prefix="ember-golden-")
    scope = {"spark": spark, "tmp": tmp, "__name__": "__golden__"}
    try:
        with contextlib.redirect_stdout(out):
            try:
                exec(compile(source, f"{name}.py", "exec"), scope)  # noqa: S102 - the programs are ours
            except Exception as error:  # noqa: BLE001 - recorded as output
                print(f"UNCAUGHT {describe_error(error)}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        _clean(spark)
    return out.getvalue()


def _clean(spark) -> None:
    try:
        for table in spark.catalog.listTables():
            if table.isTemporary:
                spark.catalog.dropTempView(table.name)
            else:
                spark.sql(f"DROP {'VIEW' if table.tableType == 'VIEW' else 'TABLE'} IF EXISTS `{table.name}`")
        spark.catalog.setCurrentDatabase("default")
    except Exception:  # noqa: BLE001 - best effort; the next program shows what is left
        traceback.print_exc()
