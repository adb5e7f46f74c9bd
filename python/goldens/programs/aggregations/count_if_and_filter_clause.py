spark.createDataFrame([(i,) for i in range(10)], ["v"]).createOrReplaceTempView("nums")
spark.sql("SELECT count_if(v % 2 = 0) AS evens, sum(v) FILTER (WHERE v > 5) AS big_sum, max(v) FILTER (WHERE v < 3) AS m FROM nums").show()
