from pyspark.sql import functions as F

df = spark.createDataFrame([(None, None, 3), (1, None, None), (None, 2, None)], "a int, b int, c int")
df.select(F.coalesce("a", "b", "c").alias("first"), F.nvl2("a", F.lit("has a"), F.lit("no a")).alias("n2")).show()
