"""Python data sources (pyspark.sql.datasource) read by Ember as Spark 4.2 reads them: spark.dataSource.register,
then spark.read.format(name).load() — the source created with the options (and the paths) when the read is
analyzed, its reader planned and each partition read by PySpark's own worker when the read runs; Spark's errors."""

import pytest
from pyspark.errors import AnalysisException, PythonException
from pyspark.sql import Row
from pyspark.sql.datasource import DataSource, DataSourceReader, InputPartition


@pytest.fixture(scope="module")
def registered(spark):
    # classes of a test module pickle by reference, which the worker cannot import: these are local
    class OptionsReader(DataSourceReader):
        def __init__(self, options):
            self.options = options

        def partitions(self):
            return [InputPartition(i) for i in range(int(self.options.get("parts", "1")))]

        def read(self, partition):
            for key in sorted(self.options):
                yield partition.value, key, str(self.options[key])

    class OptionsSource(DataSource):
        @classmethod
        def name(cls):
            return "ember_options"

        def schema(self):
            return "part int, key string, value string"

        def reader(self, schema):
            return OptionsReader(self.options)

    spark.dataSource.register(OptionsSource)
    return spark


def test_options_and_paths_reach_the_source(registered):
    rows = registered.read.format("ember_options").option("Color", "red").load("/data/one").collect()
    # keys case-insensitive (lower case), one path as the option `path`
    assert rows == [Row(part=0, key="color", value="red"), Row(part=0, key="path", value="/data/one")]
    rows = registered.read.format("Ember_Options").load(["/a", "/b"]).collect()
    assert rows == [Row(part=0, key="paths", value='["/a","/b"]')]


def test_partitions_are_read_in_order(registered):
    rows = registered.read.format("ember_options").option("parts", 3).load().collect()
    assert [(r.part, r.key) for r in rows] == [(0, "parts"), (1, "parts"), (2, "parts")]


def test_the_read_is_an_ordinary_dataframe(registered):
    df = registered.read.format("ember_options").option("parts", 4).load()
    df.createOrReplaceTempView("ember_options_view")
    assert registered.sql("SELECT count(*) AS n, max(part) AS top FROM ember_options_view").collect() == [
        Row(n=4, top=3)]
    assert df.join(df.select("part"), "part").count() == 4


def test_a_clone_of_the_session_knows_the_source(registered):
    clone = registered.cloneSession()
    assert clone.read.format("ember_options").load().collect() == []


def test_a_built_in_format_is_not_shadowed(spark, tmp_path):
    class Json(DataSource):
        @classmethod
        def name(cls):
            return "json"

        def schema(self):
            return "x int"

    spark.dataSource.register(Json)
    (tmp_path / "a.json").write_text('{"y": 1}\n')
    assert spark.read.format("json").load(str(tmp_path)).columns == ["y"]


def test_an_unknown_format_is_spark_s_error(spark):
    with pytest.raises(Exception) as error:
        spark.read.format("ember_no_such_source").load().collect()
    assert error.value.getCondition() == "DATA_SOURCE_NOT_FOUND"


def test_a_failing_source_is_spark_s_error(spark):
    class Broken(DataSource):
        @classmethod
        def name(cls):
            return "ember_broken"

        def schema(self):
            raise KeyError("no schema")

    spark.dataSource.register(Broken)
    with pytest.raises(AnalysisException) as error:
        spark.read.format("ember_broken").load().schema
    assert error.value.getCondition() == "PYTHON_DATA_SOURCE_ERROR"
    assert "Failed to create Python data source instance" in str(error.value)
    assert "KeyError: 'no schema'" in str(error.value)


def test_a_failing_read_is_a_python_exception(spark):
    class Reader(DataSourceReader):
        def read(self, partition):
            raise ZeroDivisionError("nothing to read")

    class Failing(DataSource):
        @classmethod
        def name(cls):
            return "ember_failing_read"

        def schema(self):
            return "x int"

        def reader(self, schema):
            return Reader()

    spark.dataSource.register(Failing)
    with pytest.raises(PythonException) as error:
        spark.read.format("ember_failing_read").load().collect()
    assert "ZeroDivisionError: nothing to read" in str(error.value)
    # the worker that failed is gone; the next read works
    assert spark.read.format("ember_failing_read").schema("y int").load().columns == ["y"]


def test_writes_commit_and_spark_s_errors(spark, tmp_path):
    from pyspark.sql.datasource import DataSourceWriter, WriterCommitMessage

    class Count(WriterCommitMessage):
        def __init__(self, rows):
            self.rows = rows

    class Writer(DataSourceWriter):
        def __init__(self, options, overwrite):
            self.options = options
            self.overwrite = overwrite

        def write(self, iterator):
            return Count(sum(1 for _ in iterator))

        def commit(self, messages):
            if self.options.get("commit") == "fail":
                raise RuntimeError("commit refused")
            with open(self.options["path"], "a") as out:
                out.write(f"{self.overwrite} {sum(m.rows for m in messages)}\n")

    class Sink(DataSource):
        @classmethod
        def name(cls):
            return "ember_sink"

        def writer(self, schema, overwrite):
            if self.options.get("writer") == "fail":
                raise RuntimeError("no writer")
            return Writer(self.options, overwrite)

    spark.dataSource.register(Sink)
    log = tmp_path / "log"
    spark.range(5).write.format("ember_sink").mode("append").save(str(log))
    spark.range(0).write.format("ember_sink").mode("overwrite").save(str(log))
    assert log.read_text() == "False 5\nTrue 0\n"
    with pytest.raises(AnalysisException) as error:
        spark.range(1).write.format("ember_sink").mode("append").option("writer", "fail").save(str(log))
    assert error.value.getCondition() == "PYTHON_DATA_SOURCE_ERROR"
    assert "Failed to initialize Python data source writer" in str(error.value) and "no writer" in str(error.value)
    with pytest.raises(AnalysisException) as error:
        spark.range(1).write.format("ember_sink").mode("append").option("commit", "fail").save(str(log))
    assert "Failed to commit or abort Python data source write" in str(error.value)
    assert "commit refused" in str(error.value)


def test_partitions_are_read_at_the_same_time(spark, tmp_path):
    import os

    class MeetingReader(DataSourceReader):
        def __init__(self, directory):
            self.directory = directory

        def partitions(self):
            return [InputPartition(0), InputPartition(1)]

        def read(self, partition):
            import time
            me, other = partition.value, 1 - partition.value
            open(os.path.join(self.directory, str(me)), "w").close()
            deadline = time.time() + 20
            while time.time() < deadline and not os.path.exists(os.path.join(self.directory, str(other))):
                time.sleep(0.05)
            yield me, os.path.exists(os.path.join(self.directory, str(other)))

    class Meeting(DataSource):
        @classmethod
        def name(cls):
            return "ember_meeting"

        def schema(self):
            return "part int, met boolean"

        def reader(self, schema):
            return MeetingReader(self.options["path"])

    spark.dataSource.register(Meeting)
    rows = spark.read.format("ember_meeting").load(str(tmp_path)).collect()
    # each partition waits for the other: they meet when read at the same time (a machine of two cores or more)
    together = (os.cpu_count() or 1) >= 2
    assert rows == [Row(part=0, met=together), Row(part=1, met=True)]
