from pyspark.sql import functions as F

df = spark.createDataFrame([("a", 1), ("a", 2), ("b", 10), ("c", 1)], ["k", "v"])
df.groupBy("k").agg(F.sum("v").alias("s")).filter(F.col("s") > 2).orderBy("k").show()
