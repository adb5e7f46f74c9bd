spark.sql("SELECT * FROM VALUES (1, 'a'), (2, 'b') AS t(id, name) ORDER BY id").show()
spark.sql("SELECT * FROM inline(array(struct(1, 'x'), struct(2, 'y')))").show()
spark.sql("SELECT explode(sequence(1, 4)) AS n").show()
