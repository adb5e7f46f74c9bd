from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("x", 1), ("x", 3), ("y", 10), ("y", 30), ("y", 20)], ["g", "v"])
w = Window.partitionBy("g")
df.select("g", "v", F.max("v").over(w).alias("max"), F.avg("v").over(w).alias("avg"),
          (F.col("v") / F.sum("v").over(w)).alias("share")).orderBy("g", "v").show()
