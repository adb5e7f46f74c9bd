from pyspark.sql import functions as F

df = spark.createDataFrame([(10,), (255,), (0,)], "n int")
df.select("n", F.hex("n"), F.bin("n"), F.conv(F.col("n").cast("string"), 10, 16), F.factorial(F.col("n") % 6)).show()
