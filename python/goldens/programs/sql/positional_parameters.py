spark.range(10).createOrReplaceTempView("r2")
spark.sql("SELECT id FROM r2 WHERE id IN (?, ?) ORDER BY id", args=[2, 5]).show()
