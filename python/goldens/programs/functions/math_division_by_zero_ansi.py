from pyspark.sql import functions as F

df = spark.createDataFrame([(10, 0), (10, 2)], "a int, b int")
df.select(F.try_divide("a", "b")).show()
try:
    df.select(F.col("a") / F.col("b")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
