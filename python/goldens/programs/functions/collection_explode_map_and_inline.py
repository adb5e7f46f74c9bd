from pyspark.sql import functions as F

df = spark.createDataFrame([(1, [(1, "a"), (2, "b")])], "id int, items array<struct<n:int,s:string>>")
df.select("id", F.inline("items")).orderBy("n").show()
df.select("id", F.posexplode_outer("items")).orderBy("pos").show()
