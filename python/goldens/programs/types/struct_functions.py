from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "a")], ["x", "y"])
s = df.select(F.struct("x", "y").alias("s"))
s.select(F.col("s").withField("z", F.lit(9)).alias("s2")).printSchema()
s.select(F.col("s").dropFields("y").alias("s3")).show()
s.select(F.to_json("s")).show()
