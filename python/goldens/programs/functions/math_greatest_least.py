from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 5, 3), (None, 2, 9), (7, None, None)], "a int, b int, c int")
df.select(F.greatest("a", "b", "c"), F.least("a", "b", "c"), F.coalesce("a", "b", "c")).show()
