from pyspark.sql import functions as F

df = spark.createDataFrame([("03/15/2024 08:05",), ("12/01/2023 23:59",)], ["s"])
out = df.select(F.to_timestamp("s", "MM/dd/yyyy HH:mm").alias("ts"))
out.select("ts", F.date_format("ts", "yyyy-MM-dd'T'HH:mm"), F.date_format("ts", "EEE, d MMM yyyy")).show(truncate=False)
