from decimal import Decimal
from pyspark.sql import functions as F

df = spark.createDataFrame([(Decimal("10.00"), 3, 2.0)], "d decimal(10,2), i int, f double")
out = df.select((F.col("d") / 3).alias("d3"), (F.col("d") / F.col("i")).alias("di"), (F.col("d") * F.col("f")).alias("df"),
                (F.col("d") + F.col("i")).alias("dplus"), (F.col("d") % 3).alias("dmod"))
print(out.dtypes)
out.show(truncate=False)
