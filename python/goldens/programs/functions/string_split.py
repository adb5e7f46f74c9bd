from pyspark.sql import functions as F

df = spark.createDataFrame([("a,b,,c",), ("one",)], ["s"])
df.select(F.split("s", ",").alias("parts"), F.size(F.split("s", ",")).alias("n"),
          F.split("s", ",", 2).alias("two"), F.split_part("s", F.lit(","), F.lit(2)).alias("second")).show()
