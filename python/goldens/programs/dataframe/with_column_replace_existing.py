from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "a"), (2, "b")], ["id", "s"])
df.withColumn("id", F.col("id") * 100).withColumn("s", F.upper("s")).show()
