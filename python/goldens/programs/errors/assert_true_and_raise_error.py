from pyspark.sql import functions as F

try:
    spark.range(3).select(F.assert_true(F.col("id") < 2)).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
try:
    spark.range(1).select(F.raise_error(F.lit("custom failure"))).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
