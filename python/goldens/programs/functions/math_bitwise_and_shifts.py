from pyspark.sql import functions as F

df = spark.createDataFrame([(12, 10), (-8, 3)], "a int, b int")
df.select("a", "b", F.col("a").bitwiseAND(F.col("b")).alias("and"), F.col("a").bitwiseOR(F.col("b")).alias("or"),
          F.col("a").bitwiseXOR(F.col("b")).alias("xor"), F.shiftright("a", 1).alias("shr"),
          F.shiftrightunsigned("a", 28).alias("ushr"), F.bit_count("a").alias("bits")).show()
