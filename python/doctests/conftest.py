"""PySpark's own doctests on Ember: every doctest gets ``spark``, a session on the test session's Ember server
(``ember_server`` of Ember's pytest plugin), or on the Spark Connect server ``$EMBER_DOCTESTS_REMOTE`` names (run.py's
``--remote``), one session per module, as PySpark's ``_test()`` functions give each module's doctests one."""

import doctest
import os
import signal

import pytest
from _pytest.doctest import DoctestItem


def pytest_collection_modifyitems(items):
    # the option flags PySpark's own doctest runs use (pyspark/sql/connect/dataframe.py's _test)
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE | doctest.IGNORE_EXCEPTION_DETAIL
    for item in items:
        if isinstance(item, DoctestItem):
            for example in item.dtest.examples:
                example.options.setdefault(doctest.ELLIPSIS, True)
            item.runner.optionflags |= flags


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    # a doctest that hangs fails after 120 s instead of stopping the run
    def timeout(*_):
        raise TimeoutError("doctest took more than 120 s")

    previous = signal.signal(signal.SIGALRM, timeout)
    signal.alarm(120)
    try:
        return (yield)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def module_spark(request):
    """A session of its own for each module's doctests, as PySpark's ``_test()`` gives each module one."""
    from pyspark.sql import SparkSession

    url = os.environ.get("EMBER_DOCTESTS_REMOTE") or request.getfixturevalue("ember_server").url
    spark = SparkSession.builder.remote(url).create()
    yield spark
    spark.stop()


@pytest.fixture(autouse=True)
def _spark_for_doctests(request, doctest_namespace):
    if isinstance(request.node, DoctestItem):
        spark = request.getfixturevalue("module_spark")
        doctest_namespace["spark"] = spark
        yield
        # a doctest's session confs do not leak into the next one
        spark.conf.unset("spark.sql.session.timeZone")
    else:
        yield
