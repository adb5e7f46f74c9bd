df = spark.createDataFrame([(1, 10.0, "a"), (2, 20.0, "b"), (3, 60.0, "c"), (4, None, None)], "id int, v double, s string")
df.describe().show()
df.summary("count", "min", "max").show()
