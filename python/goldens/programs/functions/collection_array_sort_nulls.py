from pyspark.sql import functions as F

df = spark.createDataFrame([([3, None, 1],)], "a array<int>")
df.select(F.sort_array("a"), F.sort_array("a", asc=False), F.array_sort("a"), F.array_compact("a")).show()
