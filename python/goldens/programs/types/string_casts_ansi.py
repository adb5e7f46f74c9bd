from pyspark.sql import functions as F

df = spark.createDataFrame([("12",), ("abc",), ("3.7",)], ["s"])
df.select("s", F.expr("try_cast(s AS int)").alias("i"), F.expr("try_cast(s AS double)").alias("d")).show()
try:
    df.select(F.col("s").cast("int")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
