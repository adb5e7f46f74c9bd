from pyspark.sql import functions as F

df = spark.createDataFrame([([5, 3, 5, 1],)], "a array<int>")
df.select(F.array_insert("a", 2, F.lit(9)).alias("ins"), F.array_insert("a", -1, F.lit(0)).alias("ins_end"),
          F.array_position("a", 5).alias("pos"), F.get("a", 10).alias("missing"),
          F.arrays_overlap("a", F.array(F.lit(1))).alias("ov"), F.array_size("a").alias("n")).show()
