df = spark.createDataFrame([(1, "a", 1.5), (2, None, None)], "id int, s string, d double")
table = df.orderBy("id").toArrow()
print(table.schema)
print(table.to_pydict())
