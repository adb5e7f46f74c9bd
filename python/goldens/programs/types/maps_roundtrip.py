df = spark.createDataFrame([(1, {"x": 1.5, "y": None})], "id int, m map<string,double>")
df.printSchema()
print(df.collect())
df.show(truncate=False)
