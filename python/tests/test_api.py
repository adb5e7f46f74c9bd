"""More of what PySpark's Connect client sends: readers and writers, types, joins, windows, Arrow."""

import datetime
import decimal

import pandas as pd
import pyarrow as pa
import pytest
from pyspark.errors import AnalysisException
from pyspark.sql import Row, Window
from pyspark.sql import functions as F
from pyspark.sql.types import (ArrayType, DecimalType, IntegerType, LongType, MapType, StringType, StructField,
                               StructType)


def test_write_and_read_parquet_csv_json(spark, tmp_path):
    df = spark.createDataFrame([(1, "a"), (2, "b")], "id INT, name STRING")
    for fmt in ("parquet", "csv", "json"):
        path = str(tmp_path / fmt)
        df.write.format(fmt).option("header", True).mode("overwrite").save(path)
        reader = spark.read.format(fmt).option("header", True)
        if fmt != "parquet":
            reader = reader.schema("id INT, name STRING")
        assert sorted(reader.load(path).collect()) == [Row(id=1, name="a"), Row(id=2, name="b")], fmt


def test_nested_types_travel_both_ways(spark):
    schema = StructType([
        StructField("id", LongType()),
        StructField("tags", ArrayType(StringType())),
        StructField("attrs", MapType(StringType(), IntegerType())),
        StructField("point", StructType([StructField("x", IntegerType()), StructField("y", IntegerType())])),
        StructField("price", DecimalType(10, 2)),
        StructField("at", StringType()),
    ])
    rows = [(1, ["a", "b"], {"k": 1}, Row(x=1, y=2), decimal.Decimal("1.50"), "x")]
    df = spark.createDataFrame(rows, schema)
    assert df.schema == schema
    row = df.first()
    assert row.tags == ["a", "b"] and row.attrs == {"k": 1} and row.point == Row(x=1, y=2)
    assert row.price == decimal.Decimal("1.50")


def test_dates_and_timestamps(spark):
    row = spark.sql("SELECT DATE'2024-01-02' AS d, TIMESTAMP_NTZ'2024-01-02 03:04:05' AS t").first()
    assert row.d == datetime.date(2024, 1, 2)
    assert row.t == datetime.datetime(2024, 1, 2, 3, 4, 5)


def test_joins_windows_and_aggregates(spark):
    left = spark.createDataFrame([(1, "x"), (2, "y"), (3, "x")], ["id", "k"])
    right = spark.createDataFrame([("x", 10), ("y", 20)], ["k", "v"])
    joined = left.join(right, "k").withColumn("rank", F.rank().over(Window.partitionBy("k").orderBy(F.desc("id"))))
    assert sorted(joined.select("id", "v", "rank").collect()) == [Row(id=1, v=10, rank=2), Row(id=2, v=20, rank=1),
                                                                  Row(id=3, v=10, rank=1)]
    stats = left.groupBy("k").agg(F.count("*").alias("n"), F.collect_list("id").alias("ids")).orderBy("k")
    assert [(r.k, r.n, sorted(r.ids)) for r in stats.collect()] == [("x", 2, [1, 3]), ("y", 1, [2])]


def test_arrow_and_pandas_results(spark):
    table = spark.range(3).selectExpr("id", "id * 1.5 AS x", "CAST(id AS STRING) AS s").toArrow()
    assert isinstance(table, pa.Table)
    assert table.column("x").to_pylist() == [0.0, 1.5, 3.0]
    frame = spark.createDataFrame(pd.DataFrame({"a": [1.0, None]})).toPandas()
    assert frame.a.isna().tolist() == [False, True]


def test_describe_summary_and_stat_functions(spark):
    df = spark.createDataFrame([(1.0,), (2.0,), (3.0,)], ["x"])
    assert df.describe("x").filter("summary = 'mean'").first().x == "2.0"
    assert df.approxQuantile("x", [0.5], 0.0) == [2.0]


def test_explain_and_schema_strings(spark, capsys):
    df = spark.range(3).filter("id > 1")
    df.explain()
    assert "== Physical Plan ==" in capsys.readouterr().out
    assert df.schema.simpleString() == "struct<id:bigint>"


def test_sql_with_python_format_arguments(spark):
    assert spark.sql("SELECT * FROM range(10) WHERE id > {lo} AND id < {hi}", lo=7, hi=9).collect() == [Row(id=8)]


def test_sql_with_dataframe_arguments_reads_them_as_tables(spark, tmp_path):
    frame = spark.range(3)
    names = spark.createDataFrame([(1, "one"), (2, "two")], ["id", "name"])
    assert spark.sql("SELECT f.id, n.name FROM {f} f JOIN {n} n USING (id) WHERE f.id > :lo ORDER BY id", f=frame,
                     n=names, args={"lo": 1}).collect() == [Row(id=2, name="two")]
    assert spark.sql("SELECT count(*) AS n FROM {f} UNION ALL SELECT count(*) FROM {f}", f=frame).collect() == \
        [Row(n=3), Row(n=3)]
    # a command too: it runs at once, reading the DataFrame
    spark.sql("CREATE TABLE sql_dataframe_arguments (id BIGINT) USING parquet")
    try:
        spark.sql("INSERT INTO sql_dataframe_arguments SELECT id FROM {f} WHERE id < 2", f=frame)
        assert spark.table("sql_dataframe_arguments").count() == 2
    finally:
        spark.sql("DROP TABLE sql_dataframe_arguments")
