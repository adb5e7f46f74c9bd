from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-01-31",), ("2023-12-15",)], ["s"]).select(F.to_date("s").alias("d"))
df.select("d", F.date_add("d", 30), F.date_sub("d", 1), F.add_months("d", 1), F.last_day("d"),
          F.next_day("d", "Mon"), F.datediff(F.lit("2024-12-25").cast("date"), "d")).show()
