from pyspark.sql import functions as F

df = spark.createDataFrame([("a", 1, 2.0), ("a", 2, 3.0), ("b", 3, None), ("c", None, 1.0)], "k string, i int, d double")
df.groupBy("k").agg(F.count("*").alias("rows"), F.count("i").alias("n_i"), F.sum("i"), F.avg("d"), F.min("d"), F.max("i")).orderBy("k").show()
