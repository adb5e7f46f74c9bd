spark.createDataFrame([(1,), (None,), (2,)], "v int").createOrReplaceTempView("nv")
spark.sql("SELECT v FROM nv ORDER BY v").show()
spark.sql("SELECT v FROM nv ORDER BY v DESC").show()
spark.sql("SELECT v FROM nv ORDER BY v NULLS LAST").show()
