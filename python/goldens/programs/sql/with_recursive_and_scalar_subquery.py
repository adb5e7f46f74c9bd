spark.sql("""WITH RECURSIVE nums(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM nums WHERE n < 5)
SELECT n, n * n AS sq, (SELECT max(n) FROM nums) AS mx FROM nums ORDER BY n""").show()
