"""Python UDFs run by PySpark's own worker next to Ember: @udf (pickled or Arrow-optimized), spark.udf.register,
scalar pandas UDFs, and a UDF that raises."""

from typing import Iterator

import pandas as pd
import pyarrow as pa
import pytest
from pyspark.errors import PythonException
from pyspark.sql import Row
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf, udf
from pyspark.sql.types import IntegerType, StringType


@pytest.fixture
def people(spark):
    return spark.createDataFrame([(1, "ann"), (None, "bob"), (3, None)], "x int, name string")


@pytest.mark.parametrize("use_arrow", [False, True])
def test_udf_in_select_filter_and_with_column(people, use_arrow):
    plus_one = udf(lambda x: None if x is None else x + 1, IntegerType(), useArrow=use_arrow)
    upper = udf(lambda s: s.upper() if s is not None else "none", StringType(), useArrow=use_arrow)
    big = udf(lambda x: x is not None and x > 1, "boolean", useArrow=use_arrow)
    assert people.select(plus_one("x")).collect() == [Row(**{"<lambda>(x)": 2}), Row(**{"<lambda>(x)": None}),
                                                      Row(**{"<lambda>(x)": 4})]
    assert [r.up for r in people.withColumn("up", upper("name")).collect()] == ["ANN", "BOB", "none"]
    assert people.filter(big("x")).collect() == [Row(x=3, name=None)]


def test_udf_decorator_names_the_column_and_sees_nulls_as_none(spark):
    @udf(returnType="string")
    def describe(value):
        return "null" if value is None else type(value).__name__

    df = spark.createDataFrame([(1, 2.5, "a"), (None, None, None)], "i int, d double, s string")
    rows = df.select(describe("i"), describe("d"), describe("s")).collect()
    assert df.select(describe("i")).columns == ["describe(i)"]
    assert [tuple(r) for r in rows] == [("int", "float", "str"), ("null", "null", "null")]


def test_registered_udf_from_sql(spark):
    spark.udf.register("twice", lambda x: x * 2, "long")
    assert spark.sql("SELECT twice(id) AS t FROM range(3)").collect() == [Row(t=0), Row(t=2), Row(t=4)]


def test_udf_over_more_rows_than_one_batch(spark):
    square = udf(lambda x: x * x, "long")
    assert spark.range(25_000).select(F.sum(square("id"))).first()[0] == sum(i * i for i in range(25_000))


def test_scalar_pandas_udfs(spark):
    @pandas_udf("long")
    def plus(a: pd.Series, b: pd.Series) -> pd.Series:
        return a + b

    @pandas_udf("long")
    def times_two(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
        for batch in batches:
            yield batch * 2

    df = spark.range(4)
    assert [r[0] for r in df.select(plus("id", "id")).collect()] == [0, 2, 4, 6]
    assert [r[0] for r in df.select(times_two("id")).collect()] == [0, 2, 4, 6]


def test_udf_that_raises_is_a_python_exception_with_its_traceback(spark):
    @udf("int")
    def fails(x):
        raise ValueError("no such value: %s" % x)

    with pytest.raises(PythonException) as error:
        spark.range(1).select(fails("id")).collect()
    assert "ValueError: no such value: 0" in str(error.value)
    assert "An exception was thrown from the Python worker" in str(error.value)
    # Spark 4.2's condition (classic PySpark: getCondition() PYTHON_EXCEPTION, SQLSTATE 38000), in the server's message
    assert "[PYTHON_EXCEPTION] An exception was thrown from the Python worker: Traceback" in str(error.value)
    # the worker is gone with the failure; the next UDF gets a new one
    assert spark.range(2).select(udf(lambda x: x + 1, "long")("id")).collect()[1][0] == 2


def test_grouped_aggregate_pandas_udf(spark):
    @pandas_udf("double")
    def mean_udf(v: pd.Series) -> float:
        return v.mean()

    @pandas_udf("double")
    def weighted(v: pd.Series, w: pd.Series) -> float:
        return (v * w).sum()

    df = spark.createDataFrame([(1, 1.0), (1, 2.0), (2, 3.0), (2, 5.0), (2, 10.0)], ("id", "v"))
    assert sorted(df.groupby("id").agg(mean_udf(df["v"])).collect()) == [Row(id=1, **{"mean_udf(v)": 1.5}),
                                                                         Row(id=2, **{"mean_udf(v)": 6.0})]
    assert df.agg(mean_udf("v")).first()[0] == 4.2
    assert sorted(tuple(r) for r in df.groupby("id").agg(weighted("v", "id")).collect()) == [(1, 3.0), (2, 36.0)]
    spark.udf.register("mean_of", mean_udf)
    assert spark.sql("SELECT mean_of(v) FROM VALUES (2.0), (4.0) AS t(v)").first()[0] == 3.0


def test_keyword_arguments_and_arrow_udf(spark):
    @pandas_udf("int")
    def calc(a: pd.Series, b: pd.Series) -> pd.Series:
        return a + 10 * b

    @F.arrow_udf("string")
    def to_upper(s: pa.Array) -> pa.Array:
        return pa.compute.ascii_upper(s)

    df = spark.range(2).select(calc(b=F.col("id") * 10, a=F.col("id")))
    assert df.columns == ["calc(b => (id * 10), a => id)"]
    assert [r[0] for r in df.collect()] == [0, 101]
    assert spark.createDataFrame([("John Doe",)], ("name",)).select(to_upper("name")).first()[0] == "JOHN DOE"


def test_map_in_pandas_and_map_in_arrow(spark):
    df = spark.createDataFrame([(1, 21), (2, 30)], ("id", "age"))

    def adults_pandas(batches):
        for pdf in batches:
            yield pdf[pdf.age > 25]

    def plus_one_arrow(batches):
        for batch in batches:
            yield pa.RecordBatch.from_arrays([pa.compute.add(batch.column("id"), 1)], ["id"])

    assert df.mapInPandas(adults_pandas, df.schema).collect() == [Row(id=2, age=30)]
    assert sorted(df.mapInArrow(plus_one_arrow, "id long").collect()) == [Row(id=2), Row(id=3)]
    assert spark.range(0).mapInPandas(lambda batches: batches, "id long").collect() == []


def test_apply_in_pandas_and_in_arrow_per_group(spark):
    df = spark.createDataFrame([(1, 1.0), (1, 2.0), (2, 3.0), (2, 5.0), (2, 10.0)], ("id", "v"))

    def centre(pdf):
        return pdf.assign(v=pdf.v - pdf.v.mean())

    def mean_of(key, pdf):
        return pd.DataFrame([key + (pdf.v.mean(),)])

    def count_arrow(key, table):
        return pa.table({"id": [key[0].as_py()], "n": [table.num_rows]})

    centred = df.groupby("id").applyInPandas(centre, schema="id long, v double").orderBy("id", "v").collect()
    assert [tuple(r) for r in centred] == [(1, -0.5), (1, 0.5), (2, -3.0), (2, -1.0), (2, 4.0)]
    means = df.groupby("id").applyInPandas(mean_of, schema="id long, v double").orderBy("id").collect()
    assert [tuple(r) for r in means] == [(1, 1.5), (2, 6.0)]
    counts = df.groupby("id").applyInArrow(count_arrow, schema="id long, n long").orderBy("id").collect()
    assert [tuple(r) for r in counts] == [(1, 2), (2, 3)]


def test_cogroup_apply_in_pandas_and_in_arrow(spark):
    df1 = spark.createDataFrame([(20000101, 1, 1.0), (20000101, 2, 2.0), (20000102, 1, 3.0), (20000102, 2, 4.0)],
                                ("time", "id", "v1"))
    df2 = spark.createDataFrame([(20000101, 1, "x"), (20000101, 2, "y")], ("time", "id", "v2"))
    other = spark.createDataFrame([(3, 9.0)], ("id", "v"))

    def asof_join(left, right):
        return pd.merge_asof(left, right, on="time", by="id")

    def sizes(key, left, right):
        return pa.table({"id": [key[0].as_py()], "left": [left.num_rows], "right": [right.num_rows]})

    joined = df1.groupby("id").cogroup(df2.groupby("id")).applyInPandas(
        asof_join, schema="time int, id int, v1 double, v2 string").orderBy("id", "time").collect()
    assert [tuple(r) for r in joined] == [(20000101, 1, 1.0, "x"), (20000102, 1, 3.0, "x"),
                                          (20000101, 2, 2.0, "y"), (20000102, 2, 4.0, "y")]
    counted = df1.groupby("id").cogroup(other.groupby("id")).applyInArrow(
        sizes, schema="id long, left long, right long").orderBy("id").collect()
    assert [tuple(r) for r in counted] == [(1, 2, 0), (2, 2, 0), (3, 0, 1)]


def test_foreach_and_foreach_partition_run_in_the_workers(spark, tmp_path):
    df = spark.createDataFrame([(1, "a"), (2, "b")], "id long, s string")
    out = tmp_path / "seen"
    out.mkdir()

    def note_partition(rows):
        with open(out / "partition.txt", "w") as f:
            f.write(",".join("%d%s" % (r.id, r.s) for r in rows))

    def note_row(row):
        (out / ("row-%d" % row.id)).write_text(row.s)

    df.foreachPartition(note_partition)
    df.foreach(note_row)
    assert sorted((out / "partition.txt").read_text().split(",")) == ["1a", "2b"]
    assert sorted(p.name for p in out.glob("row-*")) == ["row-1", "row-2"]


# Results as real PySpark 4.2.0 gives them (classic, local[1]) for a plain @udf (useArrow=False: pickled rows in Spark;
# without useArrow, spark.sql.execution.pythonUDF.arrow.enabled, true by default, makes it Arrow-optimized) and an
# Arrow-optimized one: a plain UDF's result not of the declared type is NULL, an integer wraps to the type's width, a
# string column takes any value's text; the Arrow-optimized one converts or raises.
RESULTS = [
    (lambda x: "a", "int", None, "ArrowInvalid"),
    (lambda x: 1, "double", None, 1.0),
    (lambda x: 1.5, "int", None, 1),
    (lambda x: 5, "string", "5", "5"),
    (lambda x: True, "int", None, "ArrowTypeError"),
    (lambda x: 1, "boolean", None, True),
    (lambda x: [1, 2], "string", "[1, 2]", "[1, 2]"),
    (lambda x: 2 ** 40, "int", 0, "ArrowInvalid"),
    (lambda x: 1, "decimal(10,2)", None, "AssertionError"),
    (lambda x: [1, "a"], "array<int>", [1, None], "ArrowInvalid"),
    (lambda x: {"a": 1}, "string", "{a=1}", "{'a': 1}"),
]


@pytest.mark.parametrize("function, return_type, pickled, arrow", RESULTS)
def test_results_of_another_type_as_pyspark_gives_them(spark, function, return_type, pickled, arrow):
    assert spark.range(1).select(udf(function, return_type, useArrow=False)("id")).first()[0] == pickled
    optimized = udf(function, return_type, useArrow=True)
    if isinstance(arrow, str) and arrow[0].isupper() and arrow.endswith(("Invalid", "Error")):
        with pytest.raises(PythonException, match=arrow):
            spark.range(1).select(optimized("id")).collect()
    else:
        assert spark.range(1).select(optimized("id")).first()[0] == arrow


def test_interrupting_an_operation_stops_its_python_task(spark, tmp_path):
    import threading
    import time

    started_file = str(tmp_path / "started")

    @udf("long")
    def slow(x):
        open(started_file, "w").close()
        time.sleep(60)
        return x

    failure = []

    def run():
        try:
            spark.range(1).select(slow("id")).collect()
        except Exception as e:  # the operation's cancellation
            failure.append(e)

    thread = threading.Thread(target=run)
    thread.start()
    deadline = time.time() + 30
    while not (tmp_path / "started").exists() and time.time() < deadline:
        time.sleep(0.1)
    interrupted = time.time()
    spark.interruptAll()
    thread.join(30)
    assert not thread.is_alive() and failure and time.time() - interrupted < 20, failure
    assert spark.range(2).select(udf(lambda x: x + 1, "long")("id")).collect()[1][0] == 2


def test_the_sessions_runner_confs_and_python_reach_the_workers(spark):
    wide = udf(lambda x: 2 ** 40, "int", useArrow=True)
    try:
        # unsafe Arrow conversions wrap, as PyArrow's unsafe cast does
        spark.conf.set("spark.sql.execution.pandas.convertToArrowArraySafely", "false")
        assert spark.range(1).select(wide("id")).first()[0] == 0
        spark.conf.set("spark.sql.execution.pyspark.python", "/nonexistent/python3")
        with pytest.raises(Exception, match="nonexistent/python3"):
            spark.range(1).select(udf(lambda x: x, "long")("id")).collect()
    finally:
        spark.conf.unset("spark.sql.execution.pandas.convertToArrowArraySafely")
        spark.conf.unset("spark.sql.execution.pyspark.python")
    with pytest.raises(PythonException, match="ArrowInvalid"):
        spark.range(1).select(wide("id")).collect()


def test_grouped_aggregate_pandas_udf_over_windows(spark):
    from pyspark.sql.window import Window

    @pandas_udf("double")
    def mean_udf(v: pd.Series) -> float:
        return v.mean()

    df = spark.createDataFrame([(1, 1.0), (1, 2.0), (2, 3.0), (2, 5.0), (2, 10.0)], "id int, v double")
    whole = Window.partitionBy("id").rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
    sliding = Window.partitionBy("id").orderBy("v").rowsBetween(-1, 0)
    growing = Window.partitionBy("id").orderBy("v")
    rows = df.select("id", "v", mean_udf("v").over(whole).alias("whole"), mean_udf("v").over(sliding).alias("sliding"),
                     mean_udf("v").over(growing).alias("growing")).orderBy("id", "v").collect()
    assert [tuple(r)[2:] for r in rows] == [(1.5, 1.0, 1.0), (1.5, 1.5, 1.5), (6.0, 3.0, 3.0), (6.0, 4.0, 4.0),
                                            (6.0, 7.5, 6.0)]


def test_udf_tasks_of_many_batches_keep_the_rows_and_their_order(spark):
    # 1,234,567 rows: tasks of 50 batches of 10,000 rows, the last one shorter, run at once on several workers
    n = 1_234_567

    @pandas_udf("long")
    def twice(s: pd.Series) -> pd.Series:
        return s * 2

    @pandas_udf("long")
    def plus_one(batches: Iterator[pd.Series]) -> Iterator[pd.Series]:
        for batch in batches:
            yield batch + 1

    square = udf(lambda x: x * x, "long")
    got = spark.range(n).select(twice("id").alias("t"), plus_one("id").alias("p"), F.col("id")).toPandas()
    assert got["t"].tolist() == [2 * i for i in range(n)]
    assert got["p"].tolist() == [i + 1 for i in range(n)]
    assert got["id"].tolist() == list(range(n))
    assert spark.range(n).select(F.sum(square("id"))).first()[0] == sum(i * i for i in range(n))


def test_udf_that_raises_in_a_later_task_fails_the_query(spark):
    @udf("long")
    def fails_late(x):
        if x == 1_100_000:
            raise ValueError("late")
        return x

    with pytest.raises(PythonException, match="late"):
        spark.range(1_200_000).select(F.sum(fails_late("id"))).collect()
    assert spark.range(3).select(F.sum(fails_late("id"))).first()[0] == 3


def test_transform_with_state_in_batch(spark):
    from pyspark.sql.streaming.stateful_processor import StatefulProcessor

    class Sums(StatefulProcessor):
        def init(self, handle):
            self.total = handle.getValueState("total", "t long")
            self.values = handle.getListState("values", "v long")

        def handleInputRows(self, key, rows, timerValues):
            total = self.total.get()[0] if self.total.exists() else 0
            for pdf in rows:
                total += int(pdf["v"].sum())
                self.values.appendList([(int(v),) for v in pdf["v"]])
            self.total.update((total,))
            yield pd.DataFrame({"a": [key[0]], "b": [key[1]], "total": [total],
                                "count": [len(list(self.values.get()))], "columns": [",".join(pdf.columns)]})

        def close(self):
            pass

    # two keys, rows over several of Ember's batches (the keys' rows are adjacent once sorted), no rows at all
    df = spark.range(25000).selectExpr("id % 3 AS a", "id % 2 AS b", "id AS v")
    out = df.groupBy("a", "b").transformWithStateInPandas(Sums(), "a long, b long, total long, count long, "
                                                          "columns string", "Update", "None")
    rows = out.orderBy("a", "b").collect()
    expected = df.groupBy("a", "b").agg(F.sum("v").alias("total"), F.count("v").alias("count")) \
        .orderBy("a", "b").collect()
    assert [(r.a, r.b, r.total, r["count"], r.columns) for r in rows] == \
        [(r.a, r.b, r.total, r["count"], "a,b,v") for r in expected]
    assert out.filter("a < 0").count() == 0
    assert df.filter("v < 0").groupBy("a", "b").transformWithStateInPandas(
        Sums(), "a long, b long, total long, count long, columns string", "Update", "None").count() == 0

    class Started(StatefulProcessor):
        def init(self, handle):
            self.total = handle.getValueState("total", "t long")

        def handleInitialState(self, key, initialState, timerValues):
            self.total.update((int(initialState["start"].sum()),))

        def handleInputRows(self, key, rows, timerValues):
            total = self.total.get()[0] if self.total.exists() else 0
            yield pd.DataFrame({"a": [key[0]], "b": [key[1]], "total": [total + sum(int(p["v"].sum()) for p in rows)]})

        def close(self):
            pass

    # the initial state's grouping columns in another order and of other names; a key of it only gives no row
    init = spark.createDataFrame([(5, 0, 0), (7, 1, 2), (9, 9, 9)], "start long, y long, x long").groupBy("x", "y")
    started = df.groupBy("a", "b").transformWithStateInPandas(Started(), "a long, b long, total long", "Update",
                                                              "None", initialState=init)
    totals = {(r.a, r.b): r.total for r in expected}
    totals[(0, 0)] += 5
    totals[(2, 1)] += 7
    assert {(r.a, r.b): r.total for r in started.collect()} == totals
