"""The golden PySpark programs (python/goldens/programs) on Ember, compared with the output real PySpark 4.2.0
(classic, local mode) recorded (python/goldens/expected, bin/goldens-record). A program listed in
goldens/known-differences.txt must still differ (so that a fix shows up: then take it off the list)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "goldens"))
import golden  # noqa: E402

KNOWN = golden.known_differences()


@pytest.fixture(scope="module")
def golden_spark(spark):
    """The test session's shared session for all the programs, with the confs the recorder's session had while they
    run (restored afterwards for the other tests)."""
    previous = {key: spark.conf.get(key, None) for key in golden.CONF}
    for key, value in golden.CONF.items():
        spark.conf.set(key, value)
    yield spark
    for key, value in previous.items():
        if value is None:
            spark.conf.unset(key)
        else:
            spark.conf.set(key, value)


def test_every_program_has_a_recorded_output_and_every_known_difference_a_program():
    names = set(golden.programs())
    assert len(names) >= 150
    assert [n for n in sorted(names) if not golden.expected_path(n).is_file()] == []
    assert sorted(set(KNOWN) - names) == []
    assert [n for n, reason in KNOWN.items() if not reason] == []


@pytest.mark.parametrize("name", golden.programs())
def test_program(golden_spark, name):
    expected = golden.expected_path(name).read_text()
    actual = golden.run(golden_spark, name)
    if name in KNOWN:
        assert actual != expected, f"{name} now gives Spark's output: take it off goldens/known-differences.txt"
    else:
        assert actual == expected
