import datetime
from pyspark.sql import functions as F

df = spark.sql("SELECT TIMESTAMP_NTZ '2024-06-01 10:00:00' AS ntz, TIMESTAMP '2024-06-01 10:00:00' AS ltz")
df.printSchema()
df.show()
print(df.collect())
