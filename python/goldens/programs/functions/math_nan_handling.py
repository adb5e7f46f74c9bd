from pyspark.sql import functions as F

df = spark.createDataFrame([(1.0,), (float("nan"),), (None,)], "x double")
df.select("x", F.isnan("x"), F.isnull("x"), F.nanvl("x", F.lit(0.0))).show()
print(df.filter(F.col("x") == float("nan")).count())
