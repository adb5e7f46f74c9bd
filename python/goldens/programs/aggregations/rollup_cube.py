from pyspark.sql import functions as F

df = spark.createDataFrame([("eu", "fr", 1), ("eu", "de", 2), ("us", "ny", 3)], ["region", "city", "n"])
df.rollup("region", "city").agg(F.sum("n").alias("total")).orderBy(F.col("region").asc_nulls_first(), F.col("city").asc_nulls_first()).show()
df.cube("region").agg(F.sum("n").alias("total"), F.grouping("region").alias("g")).orderBy("g", "region").show()
