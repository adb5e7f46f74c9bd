df = spark.createDataFrame([(1, 2, 3)], ["a", "b", "c"])
print(df.drop("a", "c").columns)
print(df.drop("nope").columns)
