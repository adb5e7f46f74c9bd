import pandas as pd
from pyspark.sql.functions import pandas_udf

@pandas_udf("string")
def label(s: pd.Series) -> pd.Series:
    return s.map(lambda v: f"#{v}")

@pandas_udf("array<int>")
def pair(s: pd.Series) -> pd.Series:
    return s.map(lambda v: [v, v * 2])

@pandas_udf("struct<lo:int,hi:int>")
def bounds(s: pd.Series) -> pd.DataFrame:
    return pd.DataFrame({"lo": s - 1, "hi": s + 1})

df = spark.createDataFrame([(1,), (5,)], "v int")
out = df.select(label("v").alias("l"), pair("v").alias("p"), bounds("v").alias("b"))
out.printSchema()
out.orderBy("l").show()
