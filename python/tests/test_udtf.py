"""Python UDTFs run by PySpark's own worker next to Ember: @udtf classes from the DataFrame API and from SQL
(spark.udtf.register), terminate, LATERAL joins, TABLE arguments with PARTITION BY / ORDER BY, Arrow-optimized
UDTFs, result conversions and errors."""

import pytest
from pyspark.errors import PythonException
from pyspark.sql import Row
from pyspark.sql.functions import lit, udtf


@pytest.mark.parametrize("use_arrow", [False, True])
def test_eval_and_terminate_from_the_dataframe_api(spark, use_arrow):
    @udtf(returnType="x int, y string", useArrow=use_arrow)
    class Pairs:
        def __init__(self):
            self.seen = 0

        def eval(self, n: int, label: str):
            for i in range(n):
                self.seen += 1
                yield i, f"{label}{i}"

        def terminate(self):
            yield -1, f"seen {self.seen}"

    df = Pairs(lit(2), lit("a"))
    assert df.columns == ["x", "y"]
    assert df.collect() == [Row(x=0, y="a0"), Row(x=1, y="a1"), Row(x=-1, y="seen 2")]


def test_registered_udtf_in_sql_with_named_arguments(spark):
    @udtf(returnType="word string, n int")
    class Words:
        def eval(self, text: str, minimum: int = 0):
            for word in text.split():
                if len(word) >= minimum:
                    yield word, len(word)

    spark.udtf.register("ember_words", Words)
    assert [tuple(r) for r in spark.sql("SELECT * FROM ember_words('a bb ccc')").collect()] == [
        ("a", 1), ("bb", 2), ("ccc", 3)]
    assert [r.word for r in spark.sql("SELECT * FROM ember_words(minimum => 2, text => 'a bb ccc')").collect()] == [
        "bb", "ccc"]
    assert spark.sql("SELECT w.word FROM ember_words('x y') AS w").columns == ["word"]


def test_lateral_join_keeps_the_left_columns_and_qualifiers(spark):
    @udtf(returnType="part string")
    class Parts:
        def eval(self, text: str):
            for part in text.split(","):
                yield part,

    spark.udtf.register("ember_parts", Parts)
    spark.createDataFrame([(1, "a,b"), (2, "c"), (3, "")], "id int, s string").createOrReplaceTempView("csv_rows")
    rows = spark.sql("SELECT c.id, p.part FROM csv_rows c, LATERAL ember_parts(c.s) p ORDER BY c.id, p.part")
    assert [tuple(r) for r in rows.collect()] == [(1, "a"), (1, "b"), (2, "c"), (3, "")]
    assert spark.sql("SELECT * FROM csv_rows, LATERAL ember_parts(s)").columns == ["id", "s", "part"]


def test_table_argument_partitioned_and_ordered(spark):
    @udtf(returnType="k int, ids string")
    class Collect:
        def __init__(self):
            self.key, self.ids = None, []

        def eval(self, row: Row):
            assert "partition_by_0" not in row.asDict()
            self.key = row["k"]
            self.ids.append(str(row["id"]))

        def terminate(self):
            yield self.key, ",".join(self.ids)

    spark.udtf.register("ember_collect", Collect)
    spark.sql("SELECT id, CAST(id % 2 AS INT) AS k FROM range(6)").createOrReplaceTempView("six")
    rows = spark.sql("SELECT * FROM ember_collect(TABLE(six) PARTITION BY k ORDER BY id DESC) ORDER BY k")
    assert [tuple(r) for r in rows.collect()] == [(0, "4,2,0"), (1, "5,3,1")]
    # without PARTITION BY, a call per partition of the table, as on Spark Connect 4.2.0: range's two slices
    table = spark.sql("SELECT id, 0 AS k FROM range(0, 3, 1, 2)")
    assert [tuple(r) for r in Collect(table.asTable()).collect()] == [(0, "0"), (0, "1,2")]
    single = spark.sql("SELECT * FROM ember_collect(TABLE(SELECT id, 0 AS k FROM range(0, 3, 1, 2))"
                       " WITH SINGLE PARTITION)")
    assert [tuple(r) for r in single.collect()] == [(0, "0,1,2")]


def test_results_of_another_type_than_declared_as_the_pickled_path_gives_them(spark):
    @udtf(returnType="i int, s string, b boolean", useArrow=False)
    class Loose:
        def eval(self):
            yield "text", 12, 1
            yield None, None, None

    assert [tuple(r) for r in Loose().collect()] == [(None, "12", None), (None, None, None)]


def test_errors_as_pyspark_raises_them(spark):
    @udtf(returnType="x int")
    class Fails:
        def eval(self, x: int):
            yield 1 // x,

    with pytest.raises(PythonException, match="ZeroDivisionError"):
        Fails(lit(0)).collect()

    @udtf(returnType="x int, y int", useArrow=False)
    class Narrow:
        def eval(self):
            yield 1,

    with pytest.raises(PythonException, match="UDTF_RETURN_SCHEMA_MISMATCH"):
        Narrow().collect()


def test_analyze_gives_the_columns_of_a_udtf_without_a_return_type(spark):
    from pyspark.sql.types import StructType
    from pyspark.sql.udtf import AnalyzeArgument, AnalyzeResult

    @udtf
    class Repeat:
        def __init__(self, analyze_result=None):
            self.width = len(analyze_result.schema)

        @staticmethod
        def analyze(text: AnalyzeArgument, n: AnalyzeArgument) -> AnalyzeResult:
            return AnalyzeResult(StructType([]).add("a", text.dataType) if n.value == 1
                                 else StructType([]).add("a", text.dataType).add("b", text.dataType))

        def eval(self, text, n):
            yield tuple([text] * self.width)

    assert [tuple(r) for r in Repeat(lit("x"), lit(2)).collect()] == [("x", "x")]
    assert Repeat(lit("x"), lit(1)).columns == ["a"]

    @udtf
    class Refuses:
        @staticmethod
        def analyze(x):
            raise ValueError("no schema")

        def eval(self, x):
            yield x,

    from pyspark.errors import AnalysisException
    with pytest.raises(AnalysisException, match="TABLE_VALUED_FUNCTION_FAILED_TO_ANALYZE_IN_PYTHON"):
        Refuses(lit(1)).collect()


def test_arrow_udtf_takes_a_table_argument_as_a_record_batch(spark):
    import pyarrow as pa
    from pyspark.sql.functions import arrow_udtf

    @arrow_udtf(returnType="x int, y int")
    class Copy:
        def eval(self, batch: pa.RecordBatch):
            assert batch.schema.names == ["x", "y"]
            yield pa.table({"x": batch.column("x"), "y": batch.column("y")})

    df = spark.range(4).selectExpr("id AS x", "id * 10 AS y")
    assert [tuple(r) for r in Copy(df.asTable()).orderBy("x").collect()] == [(0, 0), (1, 10), (2, 20), (3, 30)]


def test_dataframe_lateral_join_with_outer_columns(spark):
    from pyspark.errors import AnalysisException
    from pyspark.sql.functions import col

    @udtf(returnType="a int, b int")
    class Twice:
        def eval(self, x: int):
            yield x, x * 2

    df = spark.createDataFrame([(1,), (2,)], "x int")
    assert [tuple(r) for r in df.lateralJoin(Twice(col("x").outer())).orderBy("x").collect()] == [(1, 1, 2),
                                                                                                 (2, 2, 4)]
    with pytest.raises(AnalysisException, match="UNSUPPORTED_CALL"):
        df.lateralJoin(Twice(col("x").outer()), how="left").collect()
