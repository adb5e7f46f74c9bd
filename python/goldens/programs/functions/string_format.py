from pyspark.sql import functions as F

df = spark.createDataFrame([(1, 3.14159, "x"), (22, 2.5, "yy")], ["i", "d", "s"])
df.select(F.format_string("%05d|%.2f|%s", "i", "d", "s").alias("f"), F.format_number("d", 3).alias("n")).show()
