"""Runs PySpark's own doctests (the examples in pyspark.sql's docstrings, shipped in pyspark-client) on Ember, or on
any Spark Connect server, and counts what passes, per module.

    python/.venv/bin/python python/doctests/run.py [--remote sc://host:port] [--out FILE] [module ...] [-- pytest args]

Default modules: MODULES below. Each doctest (one docstring) runs with ``spark``, a session on one Ember server
(conftest.py here), or with ``--remote`` on that Spark Connect server (the reference run on real Spark Connect 4.2.0),
in a scratch working directory (doctests write tables and files). Outcomes go to ``--out`` (default
python/target/doctests.tsv) as a results file of Spark's own suites (ember-spark-suites' ResultsFile: suite = module,
test = doctest, outcome, reason, detail = the failing example and why) and a table per module is printed.
"""

import argparse
import collections
import importlib.util
import os
import re
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
            reason, detail = _reason(report) if report.failed else ("", "")
            if report.skipped:
                reason = "skipped by the doctest"
            self.rows.append((module, name, OUTCOMES[report.outcome], reason, detail))


OUTCOMES = {"passed": "PASSED", "failed": "FAILED", "skipped": "SKIPPED"}


def _reason(report):
    """What went wrong, as (reason, detail): the reason a category shared by many doctests (the exception's class and
    error condition, or "output differs"), the detail the failing example and the exception's first line."""
    text = str(report.longrepr)
    lines = text.splitlines()
    example = ""
    for line in lines:
        stripped = line.strip()
        if ">>>" in stripped:
            example = stripped.split(">>>", 1)[1].strip()
        if stripped.startswith("UNEXPECTED EXCEPTION:"):
            exception = stripped[len("UNEXPECTED EXCEPTION:"):].strip()
            return _exception_kind(exception), f"{example}  ->  {exception[:300]}"
        if stripped.startswith(("Expected:", "Differences")):
            return "output differs", f"{example}  ->  output differs"
    last = (lines[-1] if lines else "")[:300]
    return ("timeout" if "TimeoutError" in text else "error"), last


def _exception_kind(exception):
    """``AnalysisException('[UNRESOLVED_ROUTINE.X] ...')`` -> ``AnalysisException [UNRESOLVED_ROUTINE.X]``; for
    ``UNSUPPORTED_CALL`` also the call (``Cannot call the method "apply" of the class "UserDefinedFunction"`` ->
    ``... UserDefinedFunction: apply``), which says what is missing."""
    kind = exception.split("(", 1)[0].split(":", 1)[0].strip()
    condition = re.search(r"\[([A-Z_][A-Z0-9_]*(?:\.[A-Z0-9_]+)*)\]", exception)
    if not condition:
        return kind
    call = re.search(r'Cannot call the method "([^"]*)" of the class "([^"]*)"', exception)
    if condition.group(1).startswith("UNSUPPORTED_CALL") and call:
        return f"{kind} [{condition.group(1)}] {call.group(2)}: {call.group(1)}"
    return f"{kind} [{condition.group(1)}]"


def _write(out, rows, scratch):
    """The rows as a results file (ember-spark-suites' ResultsFile): a header, then sorted by suite and test; the
    scratch directory's random name is left out of the details, so that runs diff cleanly."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as tsv:
        tsv.write("suite\ttest\toutcome\treason\tdetail\n")
        for row in sorted(rows, key=lambda row: (row[0], row[1])):
            fields = (" ".join(field.replace(scratch, "<scratch>").split()) for field in row)
            tsv.write("\t".join(fields) + "\n")


def main(argv):
    own, extra = (argv[:argv.index("--")], argv[argv.index("--") + 1:]) if "--" in argv else (argv, [])
    parser = argparse.ArgumentParser(description="PySpark's own doctests on Ember or a Spark Connect server")
    parser.add_argument("--remote", help="a Spark Connect server's URL (sc://host:port); default: start Ember")
    parser.add_argument("--out", type=Path, default=HERE.parent / "target" / "doctests.tsv",
                        help="the results file to write (default python/target/doctests.tsv)")
    parser.add_argument("modules", nargs="*", help=f"modules to run (default: {len(MODULES)} of pyspark.sql)")
    options = parser.parse_args(own)
    modules = options.modules or MODULES
    out = options.out.resolve()
    if options.remote:
        os.environ["EMBER_DOCTESTS_REMOTE"] = options.remote
    spec = importlib.util.spec_from_file_location("ember_doctest_conftest", HERE / "conftest.py")
    conftest = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(conftest)
    outcomes = Outcomes()
    scratch = tempfile.mkdtemp(prefix="ember-doctests-")
    os.chdir(scratch)
    pytest.main(["-q", "-p", "no:cacheprovider", "--rootdir", scratch, "-c", os.devnull, "--tb=no", "-rN",
                 "--doctest-modules", "--pyargs", *modules, *extra], plugins=[conftest, outcomes])
    _write(out, outcomes.rows, scratch)
    counts = collections.defaultdict(collections.Counter)
    for module, _, outcome, _, _ in outcomes.rows:
        counts[module][outcome.lower()] += 1
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
