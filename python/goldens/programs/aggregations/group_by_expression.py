from pyspark.sql import functions as F

df = spark.createDataFrame([(i, i * 1.5) for i in range(10)], ["id", "v"])
df.groupBy((F.col("id") % 3).alias("bucket")).agg(F.sum("v").alias("s")).orderBy("bucket").show()
df.groupBy(F.expr("id > 4").alias("big")).count().orderBy("big").show()
