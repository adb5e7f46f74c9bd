import os

df = spark.createDataFrame([(1, "x"), (2, None)], "id int, v string")
out = os.path.join(tmp, "csv_out")
df.coalesce(1).write.option("header", True).csv(out)
spark.read.option("header", True).csv(out).orderBy("id").show()
