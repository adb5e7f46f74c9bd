from pyspark.sql import Window, functions as F

df = spark.createDataFrame([(1, 1), (2, 2), (4, 4), (5, 5), (9, 9)], ["t", "v"])
w = Window.orderBy("t").rangeBetween(-2, 0)
df.select("t", F.sum("v").over(w).alias("sum_last_2")).show()
