a = spark.createDataFrame([(1, 2)], ["a", "b"])
b = spark.createDataFrame([(1,)], ["a"])
try:
    a.union(b).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
