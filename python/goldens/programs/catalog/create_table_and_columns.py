spark.sql("CREATE TABLE golden_cat (id BIGINT, name STRING, score DOUBLE) USING parquet")
for c in spark.catalog.listColumns("golden_cat"):
    print(c.name, c.dataType, c.nullable)
print([t.name for t in spark.catalog.listTables() if not t.isTemporary])
spark.sql("DROP TABLE golden_cat")
print(spark.catalog.tableExists("golden_cat"))
