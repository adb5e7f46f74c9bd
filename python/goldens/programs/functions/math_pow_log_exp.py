from pyspark.sql import functions as F

df = spark.createDataFrame([(1.0,), (2.0,), (10.0,)], "x double")
df.select("x", F.pow("x", 2), F.exp("x"), F.log("x"), F.log10("x"), F.log2("x"), F.log(2.0, "x")).show()
