from pyspark.sql import functions as F

df = spark.createDataFrame([("7",), ("42",), ("abc",)], ["s"])
df.select(F.lpad("s", 5, "0"), F.rpad("s", 5, "*"), F.repeat("s", 2), F.reverse("s")).show()
