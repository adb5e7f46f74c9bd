from pyspark.sql import functions as F

df = spark.createDataFrame([("a", "b", None), ("x", "y", "z")], ["p", "q", "r"])
df.select(F.concat("p", "q", "r").alias("c"), F.concat_ws("-", "p", "q", "r").alias("ws")).show()
