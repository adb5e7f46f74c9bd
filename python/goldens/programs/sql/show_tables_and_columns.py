spark.createDataFrame([(1, "x")], "id int, v string").createOrReplaceTempView("stc_view")
spark.sql("SHOW COLUMNS IN stc_view").show()
spark.sql("SHOW TABLES").filter("tableName = 'stc_view'").show()
