import datetime
from pyspark.sql import functions as F

df = spark.createDataFrame([(datetime.datetime(2024, 3, 10, 1, 59, 59, 123456),)], "ts timestamp")
df.select("ts", F.col("ts").cast("date"), F.col("ts").cast("long"), F.col("ts").cast("string")).show(truncate=False)
print(df.collect())
