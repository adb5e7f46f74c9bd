from pyspark.sql import functions as F

df = spark.createDataFrame([("apple pie",), ("banana",), ("pineapple",)], ["s"])
df.select("s", F.col("s").contains("apple").alias("c"), F.col("s").startswith("pine").alias("sw"),
          F.col("s").endswith("a").alias("ew"), F.col("s").ilike("%APPLE%").alias("il")).show()
