from pyspark.sql.functions import udf

same_initial = udf(lambda a, b: a[0] == b[0], "boolean")
left = spark.createDataFrame([("apple",), ("berry",)], ["x"])
right = spark.createDataFrame([("avocado",), ("banana",), ("cherry",)], ["y"])
left.join(right, same_initial(left.x, right.y)).orderBy("x", "y").show()
