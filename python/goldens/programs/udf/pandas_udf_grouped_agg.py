import pandas as pd
from pyspark.sql import functions as F
from pyspark.sql.functions import pandas_udf

@pandas_udf("double")
def mean_udf(v: pd.Series) -> float:
    return float(v.mean())

df = spark.createDataFrame([("a", 1.0), ("a", 3.0), ("b", 10.0)], ["k", "v"])
df.groupBy("k").agg(mean_udf("v").alias("m")).orderBy("k").show()
