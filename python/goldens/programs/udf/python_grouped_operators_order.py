# The order of a Python grouped operator's groups without orderBy: Spark shuffles on the keys and sorts by them, so
# with adaptive execution (the default) its groups come sorted by key; without it, by hash partition, then by key
import pandas as pd
import pyarrow as pa
from pyspark.sql import functions as sf
from pyspark.sql.functions import pandas_udf


@pandas_udf("double")
def mean_udf(v: pd.Series) -> float:
    return v.mean()


def first_and_sum(pdf: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame({"a": [pdf.a.iloc[0]], "b": [pdf.b.iloc[0]], "s": [pdf.v.sum()]})


def count_rows(table: pa.Table) -> pa.Table:
    return pa.table({"id": pa.array([table.column("id")[0].as_py()], pa.int32()), "c": [table.num_rows]})


def both_sides(left: pd.DataFrame, right: pd.DataFrame) -> pd.DataFrame:
    key = left.id.iloc[0] if len(left) else right.id.iloc[0]
    return pd.DataFrame({"id": [key], "n": [len(left) + 10 * len(right)]})


ints = spark.createDataFrame([(i * 7 % 17, float(i)) for i in range(60)], "id int, v double")
longs = spark.createDataFrame([(i * 1000003 % 13 + 10**10, float(i)) for i in range(40)], "id long, v double")
strings = spark.createDataFrame([(None if i % 9 == 0 else f"k{i % 11}", float(i)) for i in range(50)],
                                "id string, v double")
pairs = spark.createDataFrame([(i % 3, None if i % 7 == 0 else f"s{i % 4}", float(i)) for i in range(40)],
                              "a int, b string, v double")
others = spark.createDataFrame([(i % 23, float(i)) for i in range(30)], "id int, w double")
ints.createOrReplaceTempView("ints")
spark.udf.register("mean_udf", mean_udf)
ranged = spark.range(0, 30, 1, 3).select((sf.col("id") % 7).alias("k"), sf.col("id").cast("double").alias("v"))


def show_all(label):
    print(label)
    ints.groupBy("id").agg(mean_udf(ints.v)).show(100)
    longs.groupBy("id").agg(mean_udf(longs.v).alias("m")).show(100)
    strings.groupBy("id").agg(mean_udf(strings.v)).show(100)
    pairs.groupBy("a", "b").agg(mean_udf(pairs.v)).show(100)
    pairs.groupBy("a", "b").agg(mean_udf(pairs.v).alias("m")).select("m").show(100)
    ranged.groupBy("k").agg(mean_udf(ranged.v)).show(100)
    ints.groupBy((ints.id * 3).alias("k3")).agg(mean_udf(ints.v)).show(100)
    pairs.groupBy("a", "b").applyInPandas(first_and_sum, "a int, b string, s double").show(100)
    ints.groupBy("id").applyInArrow(count_rows, "id int, c long").show(100)
    spark.sql("SELECT id, mean_udf(v) AS m FROM ints GROUP BY id").show(100)
    spark.sql("SELECT mean_udf(v) AS m FROM ints GROUP BY id % 5").show(100)
    ints.groupBy("id").cogroup(others.groupBy("id")).applyInPandas(both_sides, "id int, n long").show(100)


show_all("adaptive execution")
spark.conf.set("spark.sql.adaptive.enabled", "false")
try:
    show_all("without adaptive execution, 4 shuffle partitions")
    spark.conf.set("spark.sql.shuffle.partitions", "7")
    try:
        show_all("without adaptive execution, 7 shuffle partitions")
    finally:
        spark.conf.set("spark.sql.shuffle.partitions", "4")
finally:
    spark.conf.unset("spark.sql.adaptive.enabled")
