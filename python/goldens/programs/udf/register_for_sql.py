from pyspark.sql.types import IntegerType

spark.udf.register("str_len", lambda s: len(s) if s is not None else -1, IntegerType())
spark.createDataFrame([("abc",), (None,)], "s string").createOrReplaceTempView("ul")
spark.sql("SELECT s, str_len(s) AS n FROM ul ORDER BY n").show()
