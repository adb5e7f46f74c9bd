from pyspark.sql.functions import udf

@udf("int")
def inverse(x):
    return 1 // x

df = spark.createDataFrame([(1,), (0,)], "x int")
try:
    df.select(inverse("x")).collect()
except Exception as e:
    print(type(e).__name__)
    print("ZeroDivisionError" in str(e))
