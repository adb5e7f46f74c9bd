from pyspark.sql import functions as F

df = spark.createDataFrame([([1, None, 3], {"a": None})], "a array<int>, m map<string,int>")
df.select(F.array_contains("a", 3), F.array_contains("a", 2), F.size("a"), F.col("m")["a"], F.col("m")["zz"]).show()
