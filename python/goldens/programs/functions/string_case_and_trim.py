from pyspark.sql import functions as F

df = spark.createDataFrame([("  Hello World  ",), ("spark",), (None,)], ["s"])
df.select(F.upper("s"), F.lower("s"), F.initcap("s"), F.trim("s"), F.ltrim("s"), F.rtrim("s"), F.length("s")).show()
