from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-05-17 10:31:45",)], ["s"]).select(F.to_timestamp("s").alias("ts"))
df.select(F.date_trunc("year", "ts"), F.date_trunc("month", "ts"), F.date_trunc("hour", "ts"),
          F.trunc(F.to_date("ts"), "month")).show()
