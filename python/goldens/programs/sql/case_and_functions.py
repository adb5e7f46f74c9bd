spark.sql("""
SELECT x, CASE WHEN x % 2 = 0 THEN 'even' ELSE 'odd' END AS parity, IF(x > 2, 'big', 'small') AS size,
       concat('n', x) AS label, x / 2 AS half, x DIV 2 AS q
FROM VALUES (1), (2), (3), (4) AS t(x) ORDER BY x""").show()
