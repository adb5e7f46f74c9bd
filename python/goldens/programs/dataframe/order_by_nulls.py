from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 3.0), (2, None), (3, 1.0), (4, None), (5, 2.0)], "id int, score double")
df.orderBy(F.col("score").asc_nulls_last(), "id").show()
df.orderBy(F.col("score").desc_nulls_first(), F.desc("id")).show()
df.sort(F.desc("score"), "id").show()
