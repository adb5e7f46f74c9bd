spark.sql("CREATE TABLE golden_ctas USING parquet AS SELECT id, id * id AS sq FROM range(4)")
spark.sql("SELECT * FROM golden_ctas ORDER BY id").show()
spark.sql("DESCRIBE TABLE golden_ctas").show()
spark.sql("DROP TABLE golden_ctas")
