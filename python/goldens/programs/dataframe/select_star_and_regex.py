from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 2, 3, "x")], ["a_1", "a_2", "b", "s"])
df.select("*", (F.col("b") * 2).alias("b2")).show()
df.select(df.colRegex("`a_.*`")).show()
