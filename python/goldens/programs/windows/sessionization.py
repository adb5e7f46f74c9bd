from pyspark.sql import Window, functions as F

events = spark.createDataFrame([("u1", 1), ("u1", 3), ("u1", 20), ("u1", 22), ("u2", 5), ("u2", 40)], ["user", "t"])
w = Window.partitionBy("user").orderBy("t")
gaps = events.withColumn("new", F.when(F.col("t") - F.lag("t").over(w) > 10, 1).otherwise(0))
sessions = gaps.withColumn("session", F.sum("new").over(w.rowsBetween(Window.unboundedPreceding, 0)))
sessions.groupBy("user", "session").agg(F.min("t").alias("start"), F.max("t").alias("end"), F.count("*").alias("n")).orderBy("user", "session").show()
