df = spark.createDataFrame([(1, "a", 1.0), (2, "b", None)], "id: int, s: string, d: double")
df.printSchema()
df.show()
