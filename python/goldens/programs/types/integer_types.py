from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 2, 3, 4)], "a tinyint, b smallint, c int, d bigint")
out = df.select((F.col("a") + F.col("b")).alias("ab"), (F.col("c") * F.col("d")).alias("cd"), (F.col("a") + 1).alias("a1"))
print(out.dtypes)
out.show()
