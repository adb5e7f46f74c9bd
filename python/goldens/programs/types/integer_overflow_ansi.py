from pyspark.sql import functions as F

df = spark.createDataFrame([(2147483647,)], "v int")
try:
    df.select(F.col("v") + 1).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
df.select(F.try_add("v", F.lit(1)), (F.col("v").cast("long") + 1).alias("wide")).show()
