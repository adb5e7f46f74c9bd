from pyspark.sql import functions as F

df = spark.createDataFrame([(1, {"x": 10, "y": 20})], "id int, m map<string,int>")
df.select("id", F.explode("m")).orderBy("key").show()
df.select(F.map_entries("m")).show(truncate=False)
df.select(F.transform_values("m", lambda k, v: v + 1).alias("tv"), F.map_filter("m", lambda k, v: v > 15).alias("mf")).show()
