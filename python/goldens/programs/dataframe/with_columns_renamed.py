df = spark.createDataFrame([(1, "a", True)], ["id", "name", "ok"])
print(df.withColumnsRenamed({"id": "key", "ok": "valid", "missing": "x"}).columns)
print(df.toDF("x", "y", "z").columns)
