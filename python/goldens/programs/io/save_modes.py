import os

out = os.path.join(tmp, "modes")
spark.range(3).write.parquet(out)
try:
    spark.range(3).write.parquet(out)
except Exception as e:
    print(type(e).__name__, e.getCondition())
spark.range(2).write.mode("append").parquet(out)
print(spark.read.parquet(out).count())
spark.range(5).write.mode("overwrite").parquet(out)
print(spark.read.parquet(out).count())
spark.range(9).write.mode("ignore").parquet(out)
print(spark.read.parquet(out).count())
