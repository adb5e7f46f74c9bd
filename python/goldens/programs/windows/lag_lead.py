from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("2024-01-0%d" % d, d * 10) for d in range(1, 6)], ["day", "v"])
w = Window.orderBy("day")
df.select("day", "v", F.lag("v").over(w).alias("prev"), F.lead("v", 2).over(w).alias("next2"),
          F.lag("v", 1, 0).over(w).alias("prev0"), (F.col("v") - F.lag("v").over(w)).alias("delta")).show()
