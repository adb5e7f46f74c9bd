from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "a"), (2, None)], "i int, s string")
df.select((F.col("i") * -1).alias("neg"), (-F.col("i")).alias("neg2"), (F.col("i") ** 2).alias("pow"),
          (F.col("s").isNull() | (F.col("i") > 1)).alias("cond"), F.col("s").eqNullSafe("a").alias("nse"),
          F.col("i").cast("string").alias("si")).show()
