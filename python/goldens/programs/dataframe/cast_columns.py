from pyspark.sql import functions as F

df = spark.createDataFrame([("1", "2.5", "true", "2024-03-01")], ["a", "b", "c", "d"])
out = df.select(F.col("a").cast("int"), F.col("b").cast("double"), F.col("c").cast("boolean"),
                F.col("d").cast("date"), F.col("a").cast("decimal(10,2)").alias("dec"))
out.printSchema()
out.show()
