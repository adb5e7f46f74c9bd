from pyspark.sql import functions as F

df = spark.createDataFrame([(17, 5), (-17, 5), (8, 3)], "a int, b int")
df.select("a", "b", (F.col("a") % F.col("b")).alias("mod"), F.pmod("a", "b"), (F.col("a") / F.col("b")).alias("div"),
          F.expr("a div b").alias("idiv"), F.shiftleft("a", 2), F.bitwise_not("a")).show()
