from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-01-01 00:01:00", 1), ("2024-01-01 00:04:00", 2), ("2024-01-01 00:12:00", 3)], ["s", "v"])
df = df.withColumn("ts", F.to_timestamp("s"))
df.groupBy(F.window("ts", "5 minutes")).agg(F.sum("v").alias("total")).orderBy("window").show(truncate=False)
