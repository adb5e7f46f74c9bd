from pyspark.sql import functions as F

df = spark.createDataFrame([("2024-03-31", "2024-01-31"), ("2024-03-15", "2023-11-01")], ["a", "b"])
df.select(F.months_between(F.to_date("a"), F.to_date("b")), F.months_between(F.to_date("a"), F.to_date("b"), False)).show()
