spark.createDataFrame([(1, ["a", "b"]), (2, ["c"])], "id int, tags array<string>").createOrReplaceTempView("tagged")
spark.sql("SELECT id, tag FROM tagged LATERAL VIEW explode(tags) t AS tag ORDER BY id, tag").show()
