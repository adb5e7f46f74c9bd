"""Runs PySpark's own doctests (the examples in pyspark.sql's docstrings, shipped in pyspark-client) on Ember
and counts what passes, per module.

    python/.venv/bin/python python/doctests/run.py [module ...] [-- pytest args]

Default modules: MODULES below. Each doctest (one docstring) runs with ``spark``, a session on one Ember server
(conftest.py here), in a scratch working directory (doctests write tables and files). Outcomes go to
python/target/doctests.tsv (module, doctest, outcome, the failing example and why) and a table per module is printed.
"""

import collections
import importlib.util
import os
import sys
import tempfile
from pathlib import Path

import pytest

MODULES = [
    "pyspark.sql.functions.builtin",
    "pyspark.sql.dataframe",
    "pyspark.sql.column",
    "pyspark.sql.group",
    "pyspark.sql.window",
    "pyspark.sql.readwriter",
    "pyspark.sql.catalog",
    "pyspark.sql.session",
    "pyspark.sql.types",
    "pyspark.sql.conf",
    "pyspark.sql.udf",
    "pyspark.sql.udtf",
    "pyspark.sql.pandas.functions",
    "pyspark.sql.pandas.group_ops",
    "pyspark.sql.pandas.map_ops",
    "pyspark.sql.observation",
    "pyspark.sql.tvf",
]

HERE = Path(__file__).resolve().parent


class Outcomes:
    """Counts each doctest's outcome by module."""

    def __init__(self):
        self.rows = []

    def pytest_runtest_logreport(self, report):
        if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
            name = report.nodeid.split("::")[-1]
            module = next((m for m in sorted(MODULES, key=len, reverse=True) if name.startswith(m + ".")), "?")
            self.rows.append((module, name, report.outcome, _reason(report) if report.failed else ""))


def _reason(report):
    """The failing example and what went wrong: an exception's first line, or that the output differs."""
    text = str(report.longrepr)
    lines = text.splitlines()
    example = ""
    for line in lines:
        stripped = line.strip()
        if ">>>" in stripped:
            example = stripped.split(">>>", 1)[1].strip()
        if stripped.startswith("UNEXPECTED EXCEPTION:"):
            return f"{example}  ->  {stripped[len('UNEXPECTED EXCEPTION:'):].strip()[:300]}"
        if stripped.startswith(("Expected:", "Differences")):
            return f"{example}  ->  output differs"
    return (lines[-1] if lines else "")[:300]


def main(argv):
    own, extra = (argv[:argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    modules = own or MODULES
    spec = importlib.util.spec_from_file_location("ember_doctest_conftest", HERE / "conftest.py")
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    outcomes = Outcomes()
    scratch = tempfile.mkdtemp(prefix="ember-doctests-")
    os.chdir(scratch)
    pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir", scratch, "-c", os.devnull, "--tb=no", "-rN",
                 "--doctest-modules", "--pyargs", *modules, *extra], plugins=[conftest, outcomes])
    out = HERE.parent / "target" / "doctests.tsv"
    out.parent.mkdir(exist_ok=True)
    with open(out, "w") as tsv:
        for row in outcomes.rows:
            tsv.write("\t".join(row) + "\n")
    counts = collections.defaultdict(collections.Counter)
    for module, _, outcome, _ in outcomes.rows:
        counts[module][outcome] += 1
    print(f"\n{'module':40} {'passed':>7} {'failed':>7} {'skipped':>7} {'total':>7}")
    total = collections.Counter()
    for module in modules:
        c = counts[module]
        total.update(c)
        print(f"{module:40} {c['passed']:7} {c['failed']:7} {c['skipped']:7} {sum(c.values()):7}")
    print(f"{'all':40} {total['passed']:7} {total['failed']:7} {total['skipped']:7} {sum(total.values()):7}")
    print(f"outcomes: {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
