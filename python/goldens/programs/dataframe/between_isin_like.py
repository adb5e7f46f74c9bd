from pyspark.sql import functions as F

df = spark.createDataFrame([(i, "item%d" % i) for i in range(10)], ["id", "name"])
df.filter(F.col("id").between(3, 5)).show()
df.filter(F.col("id").isin(1, 8, 42)).show()
df.filter(F.col("name").like("item_")).filter(F.col("id") > 7).show()
df.filter(F.col("name").rlike("[02]$")).orderBy("id").show()
