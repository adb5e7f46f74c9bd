from pyspark.sql import functions as F

df = spark.range(5)
df.withColumns({"sq": F.col("id") * F.col("id"), "even": F.col("id") % 2 == 0, "label": F.lit("x")}).show()
