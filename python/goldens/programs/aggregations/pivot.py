from pyspark.sql import functions as F

df = spark.createDataFrame([("2023", "q1", 10), ("2023", "q2", 20), ("2024", "q1", 30), ("2024", "q1", 5)], ["year", "q", "v"])
df.groupBy("year").pivot("q").sum("v").orderBy("year").show()
df.groupBy("year").pivot("q", ["q1", "q2", "q3"]).agg(F.count("v")).orderBy("year").show()
