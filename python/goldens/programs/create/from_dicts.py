df = spark.createDataFrame([{"a": 1, "b": "x"}, {"a": 2, "b": "y"}])
df.printSchema()
df.orderBy("a").show()
