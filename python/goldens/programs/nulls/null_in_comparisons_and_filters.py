from pyspark.sql import functions as F

df = spark.createDataFrame([(1,), (None,), (3,)], "v int")
print(df.filter(F.col("v") != 1).count())
print(df.filter(F.col("v").isNotNull()).count())
print(df.filter(~(F.col("v") == 1)).count())
df.select("v", (F.col("v") == None).alias("eq_none"), F.col("v").eqNullSafe(None).alias("nse")).orderBy("v").show()
