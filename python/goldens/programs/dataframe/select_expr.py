df = spark.createDataFrame([(1, "a", 10.0), (2, "b", 20.0)], ["id", "code", "amount"])
df.selectExpr("id", "upper(code) AS code", "amount * 1.1 AS with_tax", "id % 2 = 0 AS even").show()
