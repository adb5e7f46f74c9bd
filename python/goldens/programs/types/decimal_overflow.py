from pyspark.sql import functions as F

df = spark.createDataFrame([("12345.678",)], ["s"])
try:
    df.select(F.col("s").cast("decimal(4,1)")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
df.select(F.expr("try_cast(s AS decimal(4,1))")).show()
