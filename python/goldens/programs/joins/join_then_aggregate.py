from pyspark.sql import functions as F

sales = spark.createDataFrame([(1, 10.0), (1, 5.0), (2, 7.5), (3, 1.0)], ["cust", "amount"])
cust = spark.createDataFrame([(1, "eu"), (2, "us"), (3, "eu")], ["cust", "region"])
sales.join(cust, "cust").groupBy("region").agg(F.sum("amount").alias("total"), F.count("*").alias("n")).orderBy("region").show()
