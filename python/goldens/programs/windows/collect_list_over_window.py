from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("a", 1), ("a", 2), ("a", 3), ("b", 9)], ["g", "v"])
w = Window.partitionBy("g").orderBy("v").rowsBetween(Window.unboundedPreceding, 0)
df.select("g", "v", F.collect_list("v").over(w).alias("so_far")).orderBy("g", "v").show()
