from pyspark.sql import functions as F

emp = spark.createDataFrame([(1, "boss", None), (2, "ann", 1), (3, "bob", 1), (4, "cid", 2)], "id int, name string, mgr int")
e, m = emp.alias("e"), emp.alias("m")
e.join(m, F.col("e.mgr") == F.col("m.id"), "left").select(F.col("e.name").alias("employee"), F.col("m.name").alias("manager")).orderBy("employee").show()
