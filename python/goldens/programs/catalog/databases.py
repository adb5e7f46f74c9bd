print(spark.catalog.currentDatabase())
print([d.name for d in spark.catalog.listDatabases()])
print(spark.catalog.databaseExists("default"), spark.catalog.databaseExists("nope_db"))
