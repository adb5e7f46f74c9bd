import pandas as pd
import pyarrow as pa
from pyspark.sql.functions import arrow_udf, pandas_udf
from pyspark.sql.window import Window


@pandas_udf("double")
def mean_udf(v: pd.Series) -> float:
    return v.mean()


@pandas_udf("long")
def count_udf(v: pd.Series) -> int:
    return len(v)


@arrow_udf("double")
def max_udf(v: pa.Array) -> float:
    return pa.compute.max(v).as_py()


df = spark.createDataFrame([(1, 1.0), (1, 2.0), (2, 3.0), (2, 5.0), (2, 10.0), (3, None)], ("id", "v"))
whole = Window.partitionBy("id").rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
df.withColumn("mean_v", mean_udf(df["v"]).over(whole)).withColumn("n", count_udf("v").over(whole)) \
    .orderBy("id", "v").show()
sliding = Window.partitionBy("id").orderBy("v").rowsBetween(-1, 0)
df.select("id", "v", mean_udf("v").over(sliding).alias("m")).orderBy("id", "v").show()
df.select("id", "v", max_udf("v").over(sliding).alias("mx")).orderBy("id", "v").show()
growing = Window.partitionBy("id").orderBy("v")
print(df.select(mean_udf("v").over(growing)).columns)
df.select("id", "v", mean_udf("v").over(growing).alias("running")).orderBy("id", "v").show()
ranged = Window.orderBy("v").rangeBetween(-2, 2)
df.where("v IS NOT NULL").select("v", count_udf("v").over(ranged).alias("near")).orderBy("v").show()
