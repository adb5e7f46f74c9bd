from pyspark.sql import functions as F
from pyspark.sql.functions import udf

domain = udf(lambda e: e.split("@")[1], "string")
df = spark.createDataFrame([("a@x.com",), ("b@y.org",), ("c@x.com",)], ["email"])
df.groupBy(domain("email").alias("d")).count().orderBy("d").show()
df.filter(domain("email") == "x.com").orderBy("email").show()
