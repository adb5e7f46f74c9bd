from pyspark.sql import functions as F

df = spark.createDataFrame([(None, 1), (None, 2), ("a", None)], "k string, v int")
df.groupBy("k").agg(F.sum("v"), F.count("v"), F.count("*")).orderBy("k").show()
