from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 2.5), (2, 3.5), (3, None)], "k int, v double")
out = df.withColumn("double_v", F.col("v") * 2).withColumnRenamed("k", "key").drop("v")
out.printSchema()
out.orderBy("key").show()
