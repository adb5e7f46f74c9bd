spark.range(10).createOrReplaceTempView("r")
spark.sql("SELECT id FROM r WHERE id > :lo AND id < :hi ORDER BY id", args={"lo": 3, "hi": 7}).show()
spark.sql("SELECT :name AS greeting, :d AS day", args={"name": "hi", "d": __import__("datetime").date(2024, 1, 2)}).show()
