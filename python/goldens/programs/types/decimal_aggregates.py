from decimal import Decimal
from pyspark.sql import functions as F

df = spark.createDataFrame([(Decimal("1.10"),), (Decimal("2.20"),), (Decimal("3.33"),)], "v decimal(12,2)")
out = df.agg(F.sum("v").alias("s"), F.avg("v").alias("a"), F.max("v").alias("m"))
print(out.schema.simpleString())
out.show()
