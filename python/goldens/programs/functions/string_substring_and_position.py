from pyspark.sql import functions as F

df = spark.createDataFrame([("spark connect",), ("duckdb",)], ["s"])
df.select(F.substring("s", 2, 3), F.instr("s", "c"), F.locate("k", "s"), F.col("s").substr(1, 4).alias("sub"),
          F.left("s", F.lit(3)), F.right("s", F.lit(2))).show()
