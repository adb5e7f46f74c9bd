df = spark.createDataFrame([(1, "x"), (2, "y")], ["id", "v"])
spark.sql("SELECT v FROM {t} WHERE id = {n}", t=df, n=2).show()
spark.sql("SELECT {c} AS col, id FROM {t} ORDER BY id", t=df, c=df.v).show()
