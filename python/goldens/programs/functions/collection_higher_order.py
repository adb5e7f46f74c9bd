from pyspark.sql import functions as F

df = spark.createDataFrame([([1, 2, 3, 4],)], "a array<int>")
df.select(F.transform("a", lambda x: x * 10).alias("t"), F.filter("a", lambda x: x % 2 == 0).alias("f"),
          F.exists("a", lambda x: x > 3).alias("e"), F.forall("a", lambda x: x > 0).alias("all"),
          F.aggregate("a", F.lit(0), lambda acc, x: acc + x).alias("sum")).show()
