from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "a", 1.5, True)], "i int, s string, d double, b boolean")
print(df.columns)
print(df.dtypes)
print(df.schema)
print(df.withColumn("l", F.col("i").cast("long")).schema.simpleString())
