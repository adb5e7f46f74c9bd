from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 2), (3, 4)]).toDF("a", "b")
x = df.alias("x")
x.select(F.col("x.a"), (F.col("x.b") * 10).alias("b10")).orderBy("a").show()
print(df.columns)
