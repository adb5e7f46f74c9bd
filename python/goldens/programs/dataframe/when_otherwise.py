from pyspark.sql import functions as F

df = spark.createDataFrame([(5,), (15,), (25,), (None,)], "score int")
df.select("score", F.when(F.col("score") < 10, "low").when(F.col("score") < 20, "mid")
          .otherwise("high").alias("band")).show()
