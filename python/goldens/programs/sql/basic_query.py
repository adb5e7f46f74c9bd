spark.createDataFrame([(1, "a", 10.0), (2, "b", 20.0), (3, "a", 30.0)], ["id", "cat", "v"]).createOrReplaceTempView("items")
spark.sql("SELECT cat, COUNT(*) AS n, SUM(v) AS total FROM items GROUP BY cat ORDER BY cat").show()
print(spark.sql("SELECT max(id) AS m FROM items").collect())
