print(spark.catalog.functionExists("upper"))
print(spark.catalog.functionExists("no_such_function_xyz"))
spark.udf.register("golden_twice", lambda x: x * 2, "int")
print(spark.catalog.functionExists("golden_twice"))
