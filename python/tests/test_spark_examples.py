"""Spark's Python SQL examples (examples/src/main/python/sql of the full ``pyspark`` 4.2.0 package), run unchanged on
Ember, compared with the output real Spark Connect 4.2.0 recorded (python/examples/expected, bin/spark-examples-record).
An example listed in examples/known-differences.txt as ``order`` must give the same output but for the order of an
unordered result's rows; one listed as ``differs`` must still differ (so that a fix shows up: then take it off the
list)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "examples"))
import spark_examples  # noqa: E402

NAMES = sorted(str(p.relative_to(spark_examples.EXPECTED).with_suffix(""))
               for p in spark_examples.EXPECTED.rglob("*.out"))
KNOWN = spark_examples.known_differences()


@pytest.fixture(scope="module")
def examples_root():
    return spark_examples.examples_dir()


def test_every_example_has_a_recorded_output_and_every_known_difference_an_example(examples_root):
    assert spark_examples.examples(examples_root) == NAMES
    assert len(NAMES) >= 12
    assert sorted(set(KNOWN) - set(NAMES)) == []
    assert {name: kind for name, (kind, reason) in KNOWN.items() if kind not in ("order", "differs") or not reason} \
        == {}


@pytest.mark.parametrize("name", NAMES)
def test_example(ember_server, examples_root, name):
    expected = spark_examples.expected_path(name).read_text()
    actual = spark_examples.run(examples_root, name, ember_server.url)
    kind = KNOWN.get(name, ("", ""))[0]
    in_any_order = spark_examples.rows_in_any_order
    if kind == "order":
        # not required to differ: the order of an unordered result's rows may happen to be Spark's
        assert in_any_order(actual) == in_any_order(expected)
    elif kind == "differs":
        assert in_any_order(actual) != in_any_order(expected), \
            f"{name} now gives Spark's rows: take it off examples/known-differences.txt (or mark it `order`)"
    else:
        assert actual == expected


def test_rows_in_any_order_sorts_the_rows_of_each_table_only():
    table = "x\n+---+\n| id|\n+---+\n|  2|\n|  1|\n+---+\n\n+---+\n|  b|\n|  a|\n+---+\n"
    assert spark_examples.rows_in_any_order(table) == \
        "x\n+---+\n| id|\n+---+\n|  1|\n|  2|\n+---+\n\n+---+\n|  b|\n|  a|\n+---+\n"


def test_error_line_is_the_python_exception_with_its_condition():
    stderr = ("Traceback (most recent call last):\n  File \"x.py\", line 1\n"
              "pyspark.errors.exceptions.connect.AnalysisException: [PATH_NOT_FOUND] Path does not exist: "
              "file:/somewhere/people.json. SQLSTATE: 42K03\n\nJVM stacktrace:\norg.apache.spark.sql.AnalysisException\n")
    assert spark_examples.error_line(stderr) == \
        "pyspark.errors.exceptions.connect.AnalysisException [PATH_NOT_FOUND]"
    assert spark_examples.error_line("Traceback:\nValueError: bad value\n") == "ValueError: bad value"
