from pyspark.sql import functions as F

df = spark.createDataFrame([("order-123-eu",), ("order-7-us",), ("none",)], ["s"])
df.select("s", F.regexp_extract("s", r"order-(\d+)-(\w+)", 1).alias("num"),
          F.regexp_extract("s", r"order-(\d+)-(\w+)", 2).alias("region"),
          F.regexp_replace("s", r"\d+", "#").alias("masked")).show()
