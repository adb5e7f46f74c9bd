import os

df = spark.createDataFrame([(1, "a", 1.5), (2, "b", None)], "id int, s string, d double")
path = os.path.join(tmp, "p")
df.write.parquet(path)
back = spark.read.parquet(path)
back.printSchema()
back.orderBy("id").show()
