from pyspark.sql import functions as F

df = spark.createDataFrame([(2.5,), (3.5,), (-2.5,), (1.2345,)], "x double")
df.select("x", F.round("x", 0), F.bround("x", 0), F.round("x", 2), F.round("x", -1)).show()
