spark.createDataFrame([("a", "x", 1), ("a", "y", 2), ("b", "x", 3)], ["k", "c", "v"]).createOrReplaceTempView("pv")
spark.sql("SELECT * FROM pv PIVOT (sum(v) FOR c IN ('x', 'y')) ORDER BY k").show()
