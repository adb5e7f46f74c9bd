from pyspark.sql import functions as F

df = spark.createDataFrame([(-2.5,), (0.0,), (3.7,), (None,)], "x double")
df.select("x", F.abs("x"), F.ceil("x"), F.floor("x"), F.round("x"), F.signum("x"), F.sqrt(F.abs("x"))).show()
