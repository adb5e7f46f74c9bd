from pyspark.sql import Window, functions as F

df = spark.createDataFrame([(i, float(i * i)) for i in range(1, 8)], ["t", "v"])
w = Window.orderBy("t").rowsBetween(-1, 1)
df.select("t", "v", F.avg("v").over(w).alias("ma3"), F.count("v").over(w).alias("n")).show()
