"""Streaming queries of Python data sources (DataSourceStreamReader, SimpleDataSourceStreamReader) into the console
sink, run by Ember as Spark 4.2 runs them: micro-batches in the background under the reader's admission control,
each printed on the server's standard output as Spark's console sink prints it; StreamingQuery's calls; Spark's
errors, and the ones Ember does not support yet."""

import time

import pytest
from pyspark.errors import AnalysisException, StreamingQueryException
from pyspark.sql.datasource import (DataSource, DataSourceStreamReader, InputPartition,
                                    SimpleDataSourceStreamReader)
from pyspark.sql.streaming.datasource import ReadMaxRows


@pytest.fixture(scope="module")
def sources(spark):
    # classes of a test module pickle by reference, which the worker cannot import: these are local
    class Counting(DataSourceStreamReader):
        def __init__(self, options):
            self.total = int(options.get("total", "7"))

        def initialOffset(self):
            return {"n": 0}

        def getDefaultReadLimit(self):
            return ReadMaxRows(3)

        def latestOffset(self, start, limit):
            return {"n": min(start["n"] + limit.max_rows, self.total)}

        def partitions(self, start, end):
            return [InputPartition((start["n"], end["n"]))]

        def read(self, partition):
            first, last = partition.value
            for i in range(first, last):
                yield i, "x" * (i * 5)

    class CountingSource(DataSource):
        @classmethod
        def name(cls):
            return "ember_counting"

        def schema(self):
            return "i int, s string"

        def streamReader(self, schema):
            return Counting(self.options)

    class Pairs(SimpleDataSourceStreamReader):
        def initialOffset(self):
            return {"n": 0}

        def read(self, start):
            n = start["n"]
            if n >= 4:
                return iter([]), start
            return iter([(n, f"s{n}"), (n + 1, f"s{n + 1}")]), {"n": n + 2}

        def readBetweenOffsets(self, start, end):
            return iter([(i, f"s{i}") for i in range(start["n"], end["n"])])

    class PairsSource(DataSource):
        @classmethod
        def name(cls):
            return "ember_pairs"

        def schema(self):
            return "k int, v string"

        def simpleStreamReader(self, schema):
            return Pairs()

    class Broken(DataSourceStreamReader):
        def initialOffset(self):
            return {"n": 0}

        def latestOffset(self):
            raise ValueError("no offsets here")

        def partitions(self, start, end):
            return []

        def read(self, partition):
            return iter([])

    class BrokenSource(DataSource):
        @classmethod
        def name(cls):
            return "ember_broken_stream"

        def schema(self):
            return "i int"

        def streamReader(self, schema):
            return Broken()

    for source in (CountingSource, PairsSource, BrokenSource):
        spark.dataSource.register(source)
    return spark


def server_output(ember_server, marker):
    """The server's output from the first line holding ``marker`` on."""
    with open(ember_server.log_path) as log:
        text = log.read()
    start = text.index(marker)
    return text[text.rindex("-------------------------------------------\nBatch: 0", 0, start):]


def test_console_sink_prints_each_micro_batch_as_spark(sources, ember_server):
    df = sources.readStream.format("ember_counting").load()
    assert df.isStreaming
    query = df.selectExpr("i * 2 AS doubled", "s").writeStream.format("console").queryName("ember_console").start()
    query.processAllAvailable()
    query.stop()
    dashes = "-------------------------------------------\n"
    expected = (
        dashes + "Batch: 0\n" + dashes
        + "+-------+----------+\n|doubled|         s|\n+-------+----------+\n"
          "|      0|          |\n|      2|     xxxxx|\n|      4|xxxxxxxxxx|\n+-------+----------+\n\n"
        + dashes + "Batch: 1\n" + dashes
        + "+-------+--------------------+\n|doubled|                   s|\n+-------+--------------------+\n"
          "|      6|     xxxxxxxxxxxxxxx|\n|      8|xxxxxxxxxxxxxxxxxxxx|\n|     10|xxxxxxxxxxxxxxxxx...|\n"
          "+-------+--------------------+\n\n"
        + dashes + "Batch: 2\n" + dashes
        + "+-------+--------------------+\n|doubled|                   s|\n+-------+--------------------+\n"
          "|     12|xxxxxxxxxxxxxxxxx...|\n+-------+--------------------+\n\n")
    assert server_output(ember_server, "|doubled|").startswith(expected)


def test_console_options_and_a_simple_reader(sources, ember_server):
    query = (sources.readStream.format("ember_pairs").load().writeStream.format("console")
             .option("numRows", 1).option("truncate", "false").start())
    query.processAllAvailable()
    query.stop()
    dashes = "-------------------------------------------\n"
    expected = (dashes + "Batch: 0\n" + dashes + "+---+---+\n|k  |v  |\n+---+---+\n|0  |s0 |\n+---+---+\n"
                "only showing top 1 row\n" + dashes + "Batch: 1\n" + dashes
                + "+---+---+\n|k  |v  |\n+---+---+\n|2  |s2 |\n+---+---+\nonly showing top 1 row\n")
    assert server_output(ember_server, "|k  |v  |").startswith(expected)


def test_status_stop_and_the_session_s_queries(sources):
    df = sources.readStream.format("ember_counting").option("total", 3).load()
    query = df.writeStream.format("console").queryName("ember_status").start()
    assert query.name == "ember_status" and query.isActive
    with pytest.raises(Exception, match="a query with that name is already active"):
        df.writeStream.format("console").queryName("ember_status").start()
    query.processAllAvailable()
    assert query.status == {"message": "Waiting for data to arrive", "isDataAvailable": False,
                            "isTriggerActive": False}
    assert [q.id for q in sources.streams.active] == [query.id]
    assert sources.streams.get(query.id).name == "ember_status"
    assert query.awaitTermination(0.1) is False and query.exception() is None
    query.stop()
    assert not query.isActive
    assert query.status == {"message": "Stopped", "isDataAvailable": False, "isTriggerActive": False}
    assert query.awaitTermination() is None
    assert sources.streams.get(query.id) is None and sources.streams.active == []
    query.stop()  # stopping again does nothing


def test_a_processing_time_trigger(sources):
    query = (sources.readStream.format("ember_counting").load().writeStream.format("console")
             .trigger(processingTime="200 milliseconds").start())
    time.sleep(0.3)
    query.processAllAvailable()
    assert query.isActive
    query.stop()


def test_a_failing_reader_ends_the_query(sources):
    query = sources.readStream.format("ember_broken_stream").load().writeStream.format("console").start()
    with pytest.raises(StreamingQueryException) as error:
        query.awaitTermination()
    assert error.value.getCondition() == "STREAM_FAILED"
    assert "[PYTHON_STREAMING_DATA_SOURCE_RUNTIME_ERROR] Failed when Python streaming data source perform " \
           "latestOffset" in str(error.value)
    assert "ValueError: no offsets here" in str(error.value)
    assert not query.isActive
    assert query.status["message"].startswith("Terminated with exception: [PYTHON_STREAMING_DATA_SOURCE_")
    assert "no offsets here" in str(query.exception())


def test_spark_s_errors(sources):
    stream = sources.readStream.format("ember_counting").load()
    with pytest.raises(AnalysisException) as error:
        stream.collect()
    assert error.value.getCondition() == "_LEGACY_ERROR_TEMP_3102"
    assert "must be executed with writeStream.start()" in str(error.value)
    with pytest.raises(AnalysisException) as error:
        stream.groupBy("s").count().writeStream.format("console").start()
    assert error.value.getCondition() == "STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION"
    with pytest.raises(AnalysisException) as error:
        stream.writeStream.format("console").outputMode("complete").start()
    assert error.value.getCondition() == "STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION"
    assert "not supported for no streaming aggregations" in str(error.value)
    assert sources.streams.active == []


def test_what_ember_does_not_support_yet(sources):
    stream = sources.readStream.format("ember_counting").load()
    for start in (lambda: stream.writeStream.format("memory").queryName("ember_memory").start(),
                  lambda: stream.writeStream.format("console").trigger(availableNow=True).start(),
                  lambda: stream.dropDuplicates(["s"]).writeStream.format("console").start()):
        with pytest.raises(AnalysisException) as error:
            start()
        assert error.value.getCondition() == "UNSUPPORTED_CALL.WITHOUT_SUGGESTION"
    query = stream.writeStream.format("console").start()
    try:
        with pytest.raises(AnalysisException) as error:
            query.lastProgress
        assert error.value.getCondition() == "UNSUPPORTED_CALL.WITHOUT_SUGGESTION"
    finally:
        query.stop()
    assert sources.streams.active == []
