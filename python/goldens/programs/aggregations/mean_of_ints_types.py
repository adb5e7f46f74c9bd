from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 2), (2, 3)], "a int, b long")
out = df.select(F.avg("a"), F.sum("a"), F.sum("b"), F.mean("b"))
print(out.schema.simpleString())
out.show()
