from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "a"), (2, None)], "i int, s string")
df.select("i", F.hash("i", "s"), F.xxhash64("i"), F.nvl("s", F.lit("-")), F.nullif("i", F.lit(1)), F.ifnull("s", F.lit("?"))).show()
