from pyspark.sql import functions as F

df = spark.createDataFrame([(2**62,), (2**62,)], "v long")
try:
    df.select(F.sum("v")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
df.select(F.sum(F.col("v").cast("decimal(20,0)"))).show()
df.select(F.try_sum("v")).show()
