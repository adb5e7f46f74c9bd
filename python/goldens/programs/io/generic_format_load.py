import os

out = os.path.join(tmp, "generic")
spark.createDataFrame([(1, "a")], ["id", "v"]).write.format("parquet").mode("overwrite").save(out)
spark.read.format("parquet").load(out).show()
