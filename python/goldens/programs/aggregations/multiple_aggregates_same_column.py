from pyspark.sql import functions as F

df = spark.createDataFrame([(k, float(v)) for k in "ab" for v in range(1, 5)], ["k", "v"])
df.groupBy("k").agg(F.sum("v"), F.sum("v").alias("total"), (F.sum("v") / F.count("v")).alias("manual_avg"),
                    F.avg("v"), F.max(F.col("v") * 2)).orderBy("k").show()
