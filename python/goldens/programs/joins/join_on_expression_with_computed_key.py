from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, "2024-01-15"), (2, "2024-02-20")], ["oid", "day"])
months = spark.createDataFrame([("2024-01", "winter"), ("2024-02", "late winter")], ["month", "label"])
orders.join(months, F.substring(orders.day, 1, 7) == months.month).select("oid", "label").orderBy("oid").show()
