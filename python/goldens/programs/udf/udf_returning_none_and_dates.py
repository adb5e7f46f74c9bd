import datetime
from pyspark.sql.functions import udf

next_day = udf(lambda d: None if d is None else d + datetime.timedelta(days=1), "date")
stamp = udf(lambda d: None if d is None else datetime.datetime(d.year, d.month, d.day, 12, 0), "timestamp")
df = spark.createDataFrame([(datetime.date(2024, 2, 28),), (None,)], "d date")
df.select("d", next_day("d").alias("n"), stamp("d").alias("noon")).orderBy("d").show()
