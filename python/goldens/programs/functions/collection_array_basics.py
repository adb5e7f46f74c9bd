from pyspark.sql import functions as F

df = spark.createDataFrame([([3, 1, 2],), ([],), (None,)], "a array<int>")
df.select("a", F.size("a"), F.array_contains("a", 2), F.sort_array("a"), F.sort_array("a", asc=False),
          F.array_max("a"), F.array_min("a")).show()
