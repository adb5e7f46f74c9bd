spark.createDataFrame([("a", 1), ("b", 2), ("a", 3)], ["k", "v"]).createOrReplaceTempView("go")
spark.sql("SELECT k AS key, sum(v) AS s FROM go GROUP BY 1 ORDER BY 1").show()
spark.sql("SELECT upper(k) AS key, count(*) AS n FROM go GROUP BY key ORDER BY key DESC").show()
