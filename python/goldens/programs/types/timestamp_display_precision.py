from pyspark.sql import functions as F

df = spark.sql("""SELECT TIMESTAMP '2024-01-01 00:00:00' AS t0, TIMESTAMP '2024-01-01 00:00:00.5' AS t1,
  TIMESTAMP '2024-01-01 00:00:00.123456' AS t6, TIMESTAMP '1969-12-31 23:59:59.999' AS before_epoch""")
df.show(truncate=False)
print(df.collect())
df.select(*[F.col(c).cast("string") for c in df.columns]).show(truncate=False)
