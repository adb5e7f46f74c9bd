spark.createDataFrame([(1, 100), (2, 200), (3, 300)], ["id", "amount"]).createOrReplaceTempView("pay")
spark.sql("""
WITH big AS (SELECT * FROM pay WHERE amount > 100)
SELECT id, amount, (SELECT MAX(amount) FROM pay) AS mx,
       EXISTS (SELECT 1 FROM big b WHERE b.id = p.id) AS is_big
FROM pay p WHERE id IN (SELECT id FROM pay WHERE amount < 300) ORDER BY id""").show()
