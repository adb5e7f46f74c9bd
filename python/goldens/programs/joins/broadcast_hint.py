from pyspark.sql import functions as F

big = spark.range(20).withColumn("k", F.col("id") % 3)
small = spark.createDataFrame([(0, "zero"), (1, "one"), (2, "two")], ["k", "name"])
big.join(F.broadcast(small), "k").groupBy("name").count().orderBy("name").show()
