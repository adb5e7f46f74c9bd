import os

df = spark.createDataFrame([(1, "eu", 10), (2, "us", 20), (3, "eu", 30)], ["id", "region", "v"])
out = os.path.join(tmp, "part")
df.write.partitionBy("region").parquet(out)
print(sorted(d for d in os.listdir(out) if not d.startswith((".", "_"))))
back = spark.read.parquet(out)
back.orderBy("id").show()
spark.read.parquet(out).filter("region = 'eu'").select("id").orderBy("id").show()
