a = spark.createDataFrame([(1,), (2,), (3,), (None,)], "k int")
b = spark.createDataFrame([(2,), (3,), (3,), (None,)], "k int")
a.join(b, "k", "left_semi").orderBy("k").show()
a.join(b, "k", "left_anti").orderBy("k").show()
