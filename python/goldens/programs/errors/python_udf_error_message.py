from pyspark.sql.functions import udf

@udf("int")
def strict(v):
    if v < 0:
        raise ValueError(f"negative value: {v}")
    return v

try:
    spark.createDataFrame([(1,), (-2,)], "v int").select(strict("v")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
    print("ValueError: negative value: -2" in str(e))
