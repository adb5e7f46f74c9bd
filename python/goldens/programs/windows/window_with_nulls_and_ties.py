from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("a", None), ("a", 1), ("a", 1), ("a", 3), ("b", None)], "g string, v int")
w = Window.partitionBy("g").orderBy(F.col("v").asc_nulls_first())
df.select("g", "v", F.rank().over(w).alias("rk"), F.dense_rank().over(w).alias("dr"), F.sum("v").over(w).alias("running"),
          F.count("v").over(w).alias("cnt")).orderBy("g", F.col("v").asc_nulls_first()).show()
