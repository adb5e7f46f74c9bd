from pyspark.sql import Window, functions as F

df = spark.createDataFrame([(i,) for i in range(1, 9)], ["v"])
w = Window.orderBy("v")
df.select("v", F.ntile(3).over(w).alias("tile"), F.percent_rank().over(w).alias("pr"), F.cume_dist().over(w).alias("cd")).show()
