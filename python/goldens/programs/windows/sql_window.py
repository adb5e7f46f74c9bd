spark.createDataFrame([("a", 1), ("a", 4), ("b", 2)], ["g", "v"]).createOrReplaceTempView("wt")
spark.sql("""
SELECT g, v, SUM(v) OVER (PARTITION BY g ORDER BY v) AS s,
       LAG(v) OVER w AS prev, COUNT(*) OVER () AS total
FROM wt WINDOW w AS (PARTITION BY g ORDER BY v)
ORDER BY g, v""").show()
