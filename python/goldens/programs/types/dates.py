import datetime
from pyspark.sql import functions as F

df = spark.createDataFrame([(datetime.date(2024, 2, 29),), (datetime.date(1999, 12, 31),)], "d date")
df.select("d", F.date_add("d", 1), F.col("d").cast("string"), F.col("d").cast("timestamp")).orderBy("d").show()
print(df.orderBy("d").collect())
