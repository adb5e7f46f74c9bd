import pandas as pd
from pyspark.sql.functions import pandas_udf

@pandas_udf("double")
def celsius(f: pd.Series) -> pd.Series:
    return (f - 32) * 5 / 9

df = spark.createDataFrame([(32.0,), (212.0,), (None,)], "f double")
df.select("f", celsius("f").alias("c")).orderBy("f").show()
