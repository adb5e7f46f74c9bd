spark.sql("SELECT 1 AS x UNION SELECT 1 UNION SELECT 2 ORDER BY x").show()
spark.sql("SELECT 1 AS x UNION ALL SELECT 1 ORDER BY x").show()
spark.sql("SELECT x FROM VALUES (1), (2), (3) AS t(x) EXCEPT SELECT 2 ORDER BY x").show()
