from pyspark.sql import functions as F

df = spark.createDataFrame([("a", 1, True), ("a", 1, False), ("b", 2, False)], ["k", "v", "flag"])
df.groupBy("k").agg(F.first("v"), F.bool_or("flag"), F.bool_and("flag"), F.max_by("k", "v"), F.min_by("flag", "v")).orderBy("k").show()
