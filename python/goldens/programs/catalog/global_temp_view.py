spark.range(2).createOrReplaceGlobalTempView("g_view")
spark.sql("SELECT * FROM global_temp.g_view ORDER BY id").show()
print(spark.catalog.dropGlobalTempView("g_view"))
