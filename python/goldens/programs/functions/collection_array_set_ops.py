from pyspark.sql import functions as F

df = spark.createDataFrame([([1, 2, 2, 3], [2, 3, 4])], "a array<int>, b array<int>")
df.select(F.array_distinct("a"), F.array_union("a", "b"), F.array_intersect("a", "b"), F.array_except("a", "b"),
          F.arrays_overlap("a", "b")).show()
