from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("u1", 3, "c"), ("u1", 1, "a"), ("u2", 2, "b"), ("u2", 5, "e")], ["user", "t", "v"])
w = Window.partitionBy("user").orderBy("t")
df.withColumn("rn", F.row_number().over(w)).filter("rn = 1").drop("rn").orderBy("user").show()
