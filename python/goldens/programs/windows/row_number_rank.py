from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("a", 10), ("a", 20), ("a", 20), ("b", 5), ("b", 7)], ["g", "v"])
w = Window.partitionBy("g").orderBy(F.desc("v"))
df.select("g", "v", F.row_number().over(Window.partitionBy("g").orderBy(F.desc("v"), "g")).alias("rn"),
          F.rank().over(w).alias("rank"), F.dense_rank().over(w).alias("dense")).orderBy("g", "rn").show()
