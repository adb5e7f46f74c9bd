from pyspark.sql import functions as F

df = spark.createDataFrame([(float("nan"), 1), (float("nan"), 2), (0.0, 3), (-0.0, 4), (None, 5)], "x double, v int")
df.groupBy("x").agg(F.sum("v").alias("s")).orderBy("x").show()
print(df.filter(F.col("x") == 0.0).count(), df.filter(F.isnan("x")).count())
