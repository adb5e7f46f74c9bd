from decimal import Decimal
from pyspark.sql import functions as F

df = spark.createDataFrame([(Decimal("12345678901234567890.123456789"),), (Decimal("-0.000000001"),)], "v decimal(38,9)")
df.select("v", (F.col("v") * 2).alias("twice"), F.col("v").cast("decimal(38,2)").alias("r2")).show(truncate=False)
print(df.agg(F.sum("v")).collect())
