spark.createDataFrame([("a", 3), ("a", 9), ("b", 4)], ["g", "v"]).createOrReplaceTempView("qv")
spark.sql("SELECT g, v FROM (SELECT g, v, row_number() OVER (PARTITION BY g ORDER BY v DESC) AS rn FROM qv) WHERE rn = 1 ORDER BY g").show()
