from pyspark.sql import functions as F

df = spark.createDataFrame([("Spark",), ("",), (None,)], ["s"])
df.select("s", F.ascii("s"), F.base64("s"), F.md5("s"), F.sha1("s"), F.crc32("s"), F.soundex("s")).show(truncate=False)
