from pyspark.sql import functions as F

df = spark.createDataFrame([("hello world",)], ["s"])
df.select(F.translate("s", "lo", "01"), F.replace("s", F.lit("world"), F.lit("there")),
          F.overlay("s", F.lit("HE"), 1, 2)).show(truncate=False)
