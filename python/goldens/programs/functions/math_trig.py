from pyspark.sql import functions as F

df = spark.createDataFrame([(0.0,), (0.5,), (1.0,)], "x double")
df.select("x", F.sin("x"), F.cos("x"), F.tan("x"), F.asin("x"), F.atan2("x", F.lit(1.0)), F.degrees("x")).show()
