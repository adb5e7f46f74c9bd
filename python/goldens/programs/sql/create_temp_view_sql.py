spark.sql("CREATE OR REPLACE TEMP VIEW evens AS SELECT id FROM range(10) WHERE id % 2 = 0")
spark.sql("SELECT COUNT(*) AS n, SUM(id) AS s FROM evens").show()
spark.table("evens").orderBy("id").show()
