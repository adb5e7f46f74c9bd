from pyspark.sql import functions as F

df = spark.createDataFrame([(i % 7, i % 3) for i in range(100)], ["a", "b"])
df.select(F.countDistinct("a"), F.count_distinct("a", "b"), F.approx_count_distinct("a")).show()
