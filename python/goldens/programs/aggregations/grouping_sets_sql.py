spark.createDataFrame([("a", "x", 1), ("a", "y", 2), ("b", "x", 3)], ["p", "q", "v"]).createOrReplaceTempView("gs")
spark.sql("""SELECT p, q, sum(v) AS s, grouping_id() AS gid FROM gs
GROUP BY GROUPING SETS ((p, q), (p), ()) ORDER BY gid, p, q""").show()
