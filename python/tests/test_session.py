"""PySpark's Connect client on Ember through the ``spark`` fixture and ``ember.session()``."""

import datetime

import pandas as pd
import pytest
from pyspark.errors import AnalysisException, ParseException
from pyspark.sql import Row
from pyspark.sql import functions as F

import ember


def test_the_fixture_is_a_connect_session(spark):
    from pyspark.sql.connect.session import SparkSession as ConnectSession

    assert isinstance(spark, ConnectSession)
    assert spark.version.startswith("4.2")


def test_ember_session_is_the_fixture_s_session(spark):
    assert ember.session() is spark


def test_a_dataframe_query(spark):
    df = spark.range(10).withColumn("g", F.col("id") % 3).groupBy("g").agg(F.sum("id").alias("s")).orderBy("g")
    assert df.collect() == [Row(g=0, s=18), Row(g=1, s=12), Row(g=2, s=15)]
    assert df.columns == ["g", "s"]


def test_spark_sql(spark):
    rows = spark.sql("SELECT upper('ember') AS name, 1 + 1 AS two, DATE'2024-02-29' AS d").collect()
    assert rows == [Row(name="EMBER", two=2, d=datetime.date(2024, 2, 29))]


def test_sql_with_parameters(spark):
    assert spark.sql("SELECT :x * 2 AS y", args={"x": 21}).first().y == 42


def test_pandas_round_trip(spark):
    data = pd.DataFrame({"id": [1, 2, 3], "name": ["a", "b", None], "x": [0.5, 1.5, 2.5]})
    df = spark.createDataFrame(data)
    assert df.schema.simpleString() == "struct<id:bigint,name:string,x:double>"
    back = df.where("id > 1").toPandas()
    pd.testing.assert_frame_equal(back, data[data.id > 1].reset_index(drop=True))


def test_show(spark, capsys):
    spark.range(2).show()
    assert capsys.readouterr().out == "+---+\n| id|\n+---+\n|  0|\n|  1|\n+---+\n\n"


def test_an_unresolved_column_is_pyspark_s_analysis_exception(spark):
    with pytest.raises(AnalysisException) as error:
        spark.range(1).select("nope").collect()
    assert error.value.getCondition() == "UNRESOLVED_COLUMN.WITH_SUGGESTION"
    assert error.value.getSqlState() == "42703"
    assert error.value.getMessageParameters()["objectName"] == "`nope`"


def test_a_syntax_error_is_pyspark_s_parse_exception(spark):
    with pytest.raises(ParseException) as error:
        spark.sql("SELEC 1")
    assert error.value.getCondition() == "PARSE_SYNTAX_ERROR"


def test_temp_views_and_the_catalog(spark):
    spark.range(3).createOrReplaceTempView("three")
    assert spark.sql("SELECT count(*) AS n FROM three").first().n == 3
    assert "three" in [table.name for table in spark.catalog.listTables()]
    spark.catalog.dropTempView("three")


def test_conf_get_with_a_default_answers_the_default_unless_set(spark):
    key = "spark.sql.sources.partitionOverwriteMode"
    assert spark.conf.get(key) == "STATIC"
    assert spark.conf.get(key, "DYNAMIC") == "DYNAMIC"
    spark.conf.set(key, "dynamic")
    try:
        assert spark.conf.get(key, "STATIC") == "dynamic"
    finally:
        spark.conf.unset(key)


def test_schema_strings_as_pyspark_writes_them(spark):
    # Spark's server parses a DDL string as a table schema, a type, else the fields of struct<...>
    df = spark.createDataFrame([("Alice", 1)], "name: string, age: int")
    assert df.schema.simpleString() == "struct<name:string,age:int>"
    assert spark.createDataFrame([(1,)], "a INT").columns == ["a"]
    assert spark.createDataFrame([1, 2], "int").schema.simpleString() == "struct<value:int>"
    with pytest.raises(Exception, match="PARSE"):
        spark.createDataFrame([(1,)], "a: nosuchtype")


def test_catalog_names_qualified_by_the_session_catalog(spark):
    assert spark.catalog.getDatabase("spark_catalog.default").name == "default"
    assert spark.catalog.databaseExists("spark_catalog.default")
    assert not spark.catalog.databaseExists("spark_catalog.no_such_database")
