from pyspark.sql import functions as F

df = spark.createDataFrame([(1, ["a", "b"]), (2, []), (3, None)], "id int, tags array<string>")
df.select("id", F.explode("tags").alias("tag")).orderBy("id", "tag").show()
df.select("id", F.explode_outer("tags").alias("tag")).orderBy("id", "tag").show()
df.select("id", F.posexplode("tags")).orderBy("id", "pos").show()
