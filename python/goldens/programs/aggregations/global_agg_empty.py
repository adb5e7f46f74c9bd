from pyspark.sql import functions as F

df = spark.createDataFrame([], "v int")
df.agg(F.count("v"), F.sum("v"), F.avg("v"), F.max("v"), F.collect_list("v")).show()
df.groupBy("v").count().show()
