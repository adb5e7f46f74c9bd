a = spark.createDataFrame([(1, "x")], ["id", "v"])
b = spark.createDataFrame([(1, "y")], ["id", "v"])
try:
    a.join(b, a.id == b.id).select("v").collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
