a = spark.createDataFrame([(1,), (2,)], ["a"])
b = spark.createDataFrame([("x",), ("y",)], ["b"])
a.crossJoin(b).orderBy("a", "b").show()
