import os

out = os.path.join(tmp, "po")
spark.createDataFrame([(1, "a"), (2, "b")], ["v", "p"]).write.partitionBy("p").parquet(out)
spark.createDataFrame([(3, "a")], ["v", "p"]).write.mode("overwrite").partitionBy("p").parquet(out)
spark.read.parquet(out).orderBy("v").show()
