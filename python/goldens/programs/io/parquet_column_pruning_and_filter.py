import os

out = os.path.join(tmp, "wide")
spark.range(100).selectExpr("id", "id % 5 AS k", "cast(id AS string) AS s", "id * 0.5 AS d").write.parquet(out)
df = spark.read.parquet(out)
df.filter("k = 3 AND id > 80").select("s", "d").orderBy("s").show()
print(df.select("k").distinct().count())
