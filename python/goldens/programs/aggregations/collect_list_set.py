from pyspark.sql import functions as F

df = spark.createDataFrame([("a", 3), ("a", 1), ("a", 3), ("b", 2)], ["k", "v"])
df.groupBy("k").agg(F.sort_array(F.collect_list("v")).alias("list"), F.sort_array(F.collect_set("v")).alias("set"),
                    F.array_size(F.collect_list("v")).alias("n")).orderBy("k").show()
