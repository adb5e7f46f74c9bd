"""Spark's Python SQL examples (``examples/src/main/python/sql/*.py`` and ``sql/streaming/*.py`` of Spark 4.2.0), run
unchanged as scripts against a Spark Connect server (``SPARK_REMOTE``), their output compared with the one real Spark
Connect 4.2.0 recorded (``expected/``).

    python spark_examples.py --remote sc://host:port [--record] [name ...]

prints each example's outcome (and, with ``--record``, writes ``expected/<name>.out``: the reference run on real Spark
Connect, bin/spark-examples-record). The scripts are read from the full ``pyspark`` 4.2.0 package, never copied nor
patched (``examples_dir``). An example's output is what it prints, then ``EXIT <code>`` and, when it fails, ``ERROR``
and the exception's class and error condition.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

VERSION = "4.2.0"
HERE = Path(__file__).resolve().parent
PYTHON_DIR = HERE.parent
EXPECTED = HERE / "expected"
KNOWN_DIFFERENCES = HERE / "known-differences.txt"
# a script's own time: Spark's streaming example sleeps 30 s
TIMEOUT_SECONDS = 180

# runs the script as `python script.py` would (its directory first on sys.path, __name__ == "__main__"), Python's and
# NumPy's random generators seeded so that arrow.py's statistics of random numbers are the same on both sides
PRELUDE = """
import os, random, runpy, sys
path = sys.argv[1]
sys.argv = [path]
sys.path[0] = os.path.dirname(path)
random.seed(0)
try:
    import numpy
    numpy.random.seed(0)
except ImportError:
    pass
runpy.run_path(path, run_name="__main__")
"""


def examples_dir() -> Path:
    """The directory holding ``sql/`` of Spark's Python examples, the first of: ``$EMBER_SPARK_EXAMPLES``; the full
    ``pyspark`` 4.2.0 package of ``python/.venv-reference`` (bin/venv-reference), which carries them under
    ``pyspark/examples/src/main/python``; a copy of ``sql/`` kept in this environment (``sys.prefix``/
    ``spark-examples-4.2.0``), made when missing from ``pyspark`` 4.2.0's source distribution on the package index
    (``pip download``, 450 MB, about 30 s; only the examples are kept)."""
    named = os.environ.get("EMBER_SPARK_EXAMPLES")
    if named:
        return Path(named)
    for package in sorted((PYTHON_DIR / ".venv-reference").glob("lib/python*/site-packages/pyspark")):
        version = (package / "version.py").read_text() if (package / "version.py").is_file() else ""
        if f'"{VERSION}"' in version and (package / "examples/src/main/python/sql").is_dir():
            return package / "examples/src/main/python"
    cache = Path(sys.prefix) / f"spark-examples-{VERSION}"
    if not (cache / "sql").is_dir():
        _download(cache)
    return cache


def _download(cache: Path) -> None:
    """Extracts ``deps/examples/sql/`` of ``pyspark`` 4.2.0's source distribution into ``cache/sql``."""
    with tempfile.TemporaryDirectory(prefix="ember-pyspark-sdist-") as scratch:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                        f"pyspark=={VERSION}", "-d", scratch], check=True)
        archive = next(Path(scratch).glob("pyspark-*.tar.gz"))
        prefix = f"pyspark-{VERSION}/deps/examples/"
        staging = Path(scratch) / "examples"
        with tarfile.open(archive, "r|gz") as tar:
            for member in tar:
                if member.isfile() and member.name.startswith(prefix + "sql/") and member.name.endswith(".py"):
                    target = staging / member.name[len(prefix):]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(tar.extractfile(member).read())
        if not (staging / "sql").is_dir():
            raise RuntimeError(f"{archive.name} holds no {prefix}sql/")
        cache.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(cache, ignore_errors=True)
        shutil.move(str(staging), str(cache))


def examples(root: Path) -> list:
    """The examples' names (``sql/arrow``, ``sql/streaming/structured_network_wordcount``), sorted."""
    scripts = list((root / "sql").glob("*.py")) + list((root / "sql/streaming").glob("*.py"))
    return sorted(str(s.relative_to(root).with_suffix("")) for s in scripts if s.name != "__init__.py")


def expected_path(name: str) -> Path:
    return EXPECTED / f"{name}.out"


def run(root: Path, name: str, remote: str) -> str:
    """Runs the example ``name`` unchanged against the Spark Connect server ``remote``, in a scratch working directory;
    its output as described in the module's docstring."""
    with tempfile.TemporaryDirectory(prefix="ember-spark-example-") as scratch:
        env = dict(os.environ, SPARK_REMOTE=remote, PYTHONHASHSEED="0", PYTHONUNBUFFERED="1")
        env.pop("PYSPARK_REMOTE_INIT_CONF_LEN", None)
        try:
            done = subprocess.run([sys.executable, "-c", PRELUDE, str(root / f"{name}.py")], cwd=scratch, env=env,
                                  stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired as timeout:
            stdout = timeout.stdout.decode() if isinstance(timeout.stdout, bytes) else (timeout.stdout or "")
            return stdout + f"TIMEOUT after {TIMEOUT_SECONDS} s\n"
    output = done.stdout + f"EXIT {done.returncode}\n"
    if done.returncode != 0:
        error = error_line(done.stderr)
        if error:
            output += f"ERROR {error}\n"
    return output


EXCEPTION = re.compile(r"^([A-Za-z_][\w.]*(?:Exception|Error))(?::\s*(.*))?$")
CONDITION = re.compile(r"^\[([A-Z_][A-Z0-9_]*(?:\.[A-Z0-9_]+)*)\]")


def error_line(stderr: str) -> str:
    """The Python exception a failed script ended with, as its class and error condition
    (``pyspark.errors.exceptions.connect.AnalysisException [PATH_NOT_FOUND]``), or its class and message's first
    200 characters when it has no condition; the JVM's stack trace Spark Connect appends is left out."""
    found = ""
    for line in stderr.splitlines():
        match = EXCEPTION.match(line.strip())
        if match and not line.startswith(("org.", "java.", "scala.", "io.")):
            message = (match.group(2) or "").strip()
            condition = CONDITION.match(message)
            found = match.group(1) + (f" [{condition.group(1)}]" if condition else (f": {message[:200]}"
                                                                                      if message else ""))
    return found


def rows_in_any_order(output: str) -> str:
    """``output`` with the rows of each ``show()`` table sorted: equal for two outputs that differ only in the order
    of an unordered result's rows."""
    lines = output.splitlines()
    result, table = [], []
    for line in lines + [""]:
        if line.startswith(("+", "|")):
            table.append(line)
            continue
        separators = [i for i, row in enumerate(table) if re.fullmatch(r"\+[-+]*\+", row)]
        if len(separators) >= 3:
            body = slice(separators[1] + 1, separators[2])
            table[body] = sorted(table[body])
        result.extend(table)
        table = []
        result.append(line)
    return "\n".join(result[:-1]) + ("\n" if output.endswith("\n") else "")


def known_differences() -> dict:
    """``known-differences.txt``: ``<example> <kind> <reason>`` a line, kind ``order`` (the same output but for the
    order of an unordered result's rows, which Ember does not reproduce) or ``differs``."""
    known = {}
    for line in KNOWN_DIFFERENCES.read_text().splitlines() if KNOWN_DIFFERENCES.is_file() else []:
        line = line.strip()
        if line and not line.startswith("#"):
            name, kind, reason = (line.split(None, 2) + ["", ""])[:3]
            known[name] = (kind, reason)
    return known


def main(argv: list) -> int:
    parser = argparse.ArgumentParser(description="Spark's Python SQL examples against a Spark Connect server")
    parser.add_argument("--remote", required=True, help="the server's URL (sc://host:port)")
    parser.add_argument("--record", action="store_true", help="write expected/ (the reference run on Spark Connect)")
    parser.add_argument("names", nargs="*", help="examples to run (default: all)")
    options = parser.parse_args(argv)
    root = examples_dir()
    names = options.names or examples(root)
    for name in names:
        output = run(root, name, options.remote)
        expected = expected_path(name)
        if options.record:
            expected.parent.mkdir(parents=True, exist_ok=True)
            expected.write_text(output)
            verdict = "recorded"
        elif not expected.is_file():
            verdict = "no expected output"
        elif output == expected.read_text():
            verdict = "same output"
        elif rows_in_any_order(output) == rows_in_any_order(expected.read_text()):
            verdict = "same rows in another order"
        else:
            verdict = "differs"
        print(f"{name:55} {output.splitlines()[-1] if output else '':60} {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
