from pyspark.sql import functions as F

df = spark.createDataFrame([(2024, 6, 1, 12, 30, 15.5)], "y int, m int, d int, h int, mi int, s double")
df.select(F.make_date("y", "m", "d"), F.make_timestamp("y", "m", "d", "h", "mi", F.col("s").cast("decimal(8,6)"))).show(truncate=False)
