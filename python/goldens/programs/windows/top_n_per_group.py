from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("eu", "p1", 100), ("eu", "p2", 300), ("eu", "p3", 200), ("us", "p4", 50), ("us", "p5", 80)],
                           ["region", "product", "sales"])
w = Window.partitionBy("region").orderBy(F.desc("sales"))
df.withColumn("rk", F.row_number().over(w)).filter("rk <= 2").drop("rk").orderBy("region", F.desc("sales")).show()
