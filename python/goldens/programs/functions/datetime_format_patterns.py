from pyspark.sql import functions as F

df = spark.sql("SELECT TIMESTAMP '2024-07-04 09:05:03.007' AS ts")
patterns = ["yyyy-MM-dd", "dd/MM/yy", "MMM d, yyyy", "MMMM", "EEEE", "HH:mm:ss.SSS", "hh:mm a", "D", "yyyyMMddHHmmss"]
df.select(*[F.date_format("ts", p).alias(p) for p in patterns]).show(vertical=True, truncate=False)
