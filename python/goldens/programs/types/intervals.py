from pyspark.sql import functions as F

df = spark.sql("SELECT INTERVAL '2' DAY AS d, INTERVAL '3' MONTH AS m, TIMESTAMP '2024-01-31 00:00:00' + INTERVAL '1' MONTH AS shifted, DATE '2024-03-01' - DATE '2024-02-01' AS diff")
df.printSchema()
df.show(truncate=False)
