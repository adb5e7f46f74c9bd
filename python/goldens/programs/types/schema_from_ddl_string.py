df = spark.createDataFrame([(1, [1.0, 2.0], {"a": True})], "id long, xs array<double>, flags map<string,boolean>")
print(df.schema.simpleString())
print(df.schema.json())
