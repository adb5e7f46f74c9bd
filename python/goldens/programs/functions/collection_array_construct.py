from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 2, 3)], ["a", "b", "c"])
df.select(F.array("a", "b", "c").alias("arr"), F.array_repeat("a", 3), F.sequence(F.lit(1), F.col("c")),
          F.array_position(F.array("a", "b", "c"), 2), F.element_at(F.array("a", "b", "c"), -1)).show()
