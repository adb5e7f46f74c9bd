spark.createDataFrame([(1, "a")], "id int, name string").createOrReplaceTempView("dq")
spark.sql("DESCRIBE dq").show()
