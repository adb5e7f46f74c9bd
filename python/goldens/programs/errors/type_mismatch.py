from pyspark.sql import functions as F

df = spark.createDataFrame([(1, [1])], "i int, a array<int>")
try:
    df.select(F.col("i") + F.col("a")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
