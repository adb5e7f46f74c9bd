from pyspark.sql import functions as F

df = spark.createDataFrame([("123.4567",), ("-0.005",)], ["s"])
df.select(F.col("s").cast("decimal(10,2)").alias("d2"), F.col("s").cast("decimal(10,4)").alias("d4"),
          F.round(F.col("s").cast("decimal(10,4)"), 1).alias("r1")).show()
