from pyspark.sql import functions as F

df = spark.createDataFrame([([1, 2], ["a", "b"])], "x array<int>, y array<string>")
df.select(F.arrays_zip("x", "y").alias("z"), F.transform("y", lambda v, i: F.concat(v, i.cast("string"))).alias("ti"),
          F.zip_with("x", "y", lambda a, b: F.concat(a.cast("string"), b)).alias("zw")).show(truncate=False)
