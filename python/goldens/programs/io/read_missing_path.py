import os

try:
    spark.read.parquet(os.path.join(tmp, "does-not-exist")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
