spark.range(3).createOrReplaceTempView("v_one")
spark.range(5).createTempView("v_two")
print(sorted(t.name for t in spark.catalog.listTables() if t.isTemporary))
print(spark.catalog.tableExists("v_one"))
spark.catalog.dropTempView("v_one")
print(spark.catalog.tableExists("v_one"))
try:
    spark.range(1).createTempView("v_two")
except Exception as e:
    print(type(e).__name__, e.getCondition())
