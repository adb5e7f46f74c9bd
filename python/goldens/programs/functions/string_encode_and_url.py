from pyspark.sql import functions as F

df = spark.createDataFrame([("a b&c=d",)], ["s"])
df.select(F.url_encode("s").alias("enc"), F.url_decode(F.url_encode("s")).alias("dec"),
          F.encode("s", "UTF-8").alias("bytes"), F.btrim(F.lit("xxhixx"), F.lit("x")).alias("bt")).show(truncate=False)
