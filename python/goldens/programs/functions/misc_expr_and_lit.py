from pyspark.sql import functions as F

df = spark.range(3)
df.select("id", F.lit(1).alias("one"), F.lit("s"), F.lit(None).cast("int").alias("n"), F.expr("id * 2 + 1").alias("e"), F.array(F.lit(1), F.lit(2)).alias("arr")).show()
