from decimal import Decimal
from pyspark.sql import functions as F

df = spark.createDataFrame([(Decimal("2.345"),), (Decimal("-2.345"),), (Decimal("2.355"),)], "d decimal(6,3)")
out = df.select("d", F.round("d", 2).alias("r"), F.bround("d", 2).alias("br"), F.ceil("d").alias("c"), F.floor("d").alias("f"))
print(out.dtypes)
out.show()
