emp = spark.createDataFrame([(1, "ann", 10), (2, "bob", 20), (3, "cid", 30)], ["id", "name", "dept"])
dept = spark.createDataFrame([(10, "eng"), (20, "ops"), (40, "hr")], ["dept", "dname"])
emp.join(dept, "dept").orderBy("id").show()
emp.join(dept, on=["dept"], how="inner").select("name", "dname").orderBy("name").show()
