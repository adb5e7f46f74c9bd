from pyspark.sql import functions as F

df = spark.createDataFrame([("a", 1, True), ("a", 2, False), ("b", 2, False), ("b", 5, False)], ["k", "v", "flag"])
df.groupBy("k").agg(F.min("v"), F.bool_or("flag"), F.bool_and("flag"), F.max_by("k", "v"), F.min_by("flag", "v"),
                    F.any_value(F.col("v") > 0).alias("positive")).orderBy("k").show()
