from decimal import Decimal
from pyspark.sql import functions as F

df = spark.createDataFrame([(Decimal("10.25"), Decimal("3.1")), (Decimal("-1.50"), Decimal("0.07"))], "a decimal(10,2), b decimal(5,2)")
out = df.select((F.col("a") + F.col("b")).alias("add"), (F.col("a") * F.col("b")).alias("mul"), (F.col("a") / F.col("b")).alias("div"))
print(out.schema.simpleString())
out.show()
print(out.collect())
