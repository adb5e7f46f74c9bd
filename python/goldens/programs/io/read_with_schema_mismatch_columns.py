import os

out = os.path.join(tmp, "s")
spark.createDataFrame([(1, "x")], ["a", "b"]).write.parquet(out)
spark.read.schema("a long, c string").parquet(out).show()
