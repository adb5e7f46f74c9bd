from pyspark.sql import functions as F

df = spark.createDataFrame([(1.5, 0.1), (float("inf"), -0.0), (float("-inf"), 1e300)], "f float, d double")
df.select("f", "d", (F.col("d") * 3).alias("d3"), F.col("f").cast("double").alias("fd")).show()
print(df.collect())
