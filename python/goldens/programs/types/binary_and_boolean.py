from pyspark.sql import functions as F

df = spark.createDataFrame([(bytearray(b"\x01\x02abc"), True)], "b binary, f boolean")
df.select("b", F.length("b"), F.hex("b"), F.col("f").cast("int"), F.col("f").cast("string")).show()
print(df.collect())
