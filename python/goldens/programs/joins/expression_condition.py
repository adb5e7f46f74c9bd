from pyspark.sql import functions as F

orders = spark.createDataFrame([(1, 100, "2024-01-05"), (2, 250, "2024-02-10")], ["oid", "amount", "day"])
tiers = spark.createDataFrame([("small", 0, 200), ("large", 200, 1000)], ["tier", "lo", "hi"])
orders.join(tiers, (orders.amount >= tiers.lo) & (orders.amount < tiers.hi)).select("oid", "tier").orderBy("oid").show()
