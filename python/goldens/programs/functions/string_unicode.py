from pyspark.sql import functions as F

df = spark.createDataFrame([("héllo wörld",), ("日本語テキスト",), ("emoji 🎉!",)], ["s"])
df.select("s", F.length("s").alias("len"), F.upper("s").alias("up"), F.substring("s", 2, 3).alias("sub"),
          F.reverse("s").alias("rev"), F.octet_length("s").alias("bytes")).show(truncate=False)
