df = spark.createDataFrame([(None, None, None, None)], "i int, l long, d double, s string")
df.fillna(7, subset=["i", "d"]).show()
df.fillna("x").show()
df.na.fill({"l": 9, "s": "z"}).show()
