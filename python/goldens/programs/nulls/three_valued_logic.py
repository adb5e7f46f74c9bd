from pyspark.sql import functions as F

df = spark.createDataFrame([(True,), (False,), (None,)], "b boolean")
df.select("b", (F.col("b") & F.lit(None).cast("boolean")).alias("and_null"), (F.col("b") | F.lit(None).cast("boolean")).alias("or_null"),
          (~F.col("b")).alias("not"), F.col("b").isNull().alias("is_null")).show()
