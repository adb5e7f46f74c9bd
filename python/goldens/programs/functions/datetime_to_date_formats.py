from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-02-03",), ("03.02.2024",), ("2024/2/3",)], ["s"])
df.select("s", F.try_to_timestamp("s").cast("date").alias("iso"),
          F.try_to_timestamp("s", F.lit("dd.MM.yyyy")).cast("date").alias("dotted"),
          F.try_to_timestamp("s", F.lit("yyyy/M/d")).alias("slashed")).show()
df.filter(F.col("s").contains("-")).select(F.to_date("s"), F.to_date("s", "yyyy-MM-dd")).show()
try:
    df.select(F.to_date("s")).collect()
except Exception as e:
    print(type(e).__name__, e.getCondition())
