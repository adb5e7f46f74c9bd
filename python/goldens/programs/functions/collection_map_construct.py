from pyspark.sql import functions as F

df = spark.createDataFrame([("k1", 1, "k2", 2)], ["a", "x", "b", "y"])
df.select(F.create_map("a", "x", "b", "y").alias("m"), F.map_from_arrays(F.array("a", "b"), F.array("x", "y")).alias("m2"),
          F.map_from_entries(F.array(F.struct("a", "x"))).alias("m3")).show(truncate=False)
