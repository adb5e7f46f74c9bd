from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-07-01 12:00:00",)], ["s"]).select(F.to_timestamp("s").alias("ts"))
df.select(F.from_utc_timestamp("ts", "America/New_York"), F.to_utc_timestamp("ts", "Asia/Tokyo")).show()
