from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-02-29 13:45:10",)], ["s"]).select(F.to_timestamp("s").alias("ts"))
df.select(F.year("ts"), F.quarter("ts"), F.month("ts"), F.dayofmonth("ts"), F.dayofweek("ts"), F.dayofyear("ts"),
          F.hour("ts"), F.minute("ts"), F.second("ts"), F.weekofyear("ts")).show()
