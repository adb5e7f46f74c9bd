from pyspark.sql import functions as F

df = spark.createDataFrame([(0,), (1700000000,)], "t long")
df.select("t", F.from_unixtime("t"), F.timestamp_seconds("t"), F.unix_timestamp(F.from_unixtime("t"))).show()
