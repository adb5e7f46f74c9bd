from pyspark.sql import functions as F

df = spark.createDataFrame([(1e20,), (1.0e-5,), (123456789.125,), (0.1 + 0.2,), (-0.0,)], "d double")
df.select("d", F.col("d").cast("string").alias("s"), F.col("d").cast("float").alias("f"), F.expr("try_cast(d AS long)").alias("l")).show(truncate=False)
print(df.collect())
try:
    df.select(F.col("d").cast("long")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
