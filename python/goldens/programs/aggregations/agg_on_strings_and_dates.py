import datetime
from pyspark.sql import functions as F

df = spark.createDataFrame([("b", datetime.date(2024, 5, 1)), ("a", datetime.date(2023, 1, 9)), (None, None)], "s string, d date")
df.agg(F.min("s"), F.max("s"), F.min("d"), F.max("d"), F.count("s"), F.first("s", ignorenulls=True).isNotNull().alias("has")).show()
