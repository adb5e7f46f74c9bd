from pyspark.sql.functions import udf

full_name = udf(lambda first, last, n: f"{first} {last} #{n}", "string")
df = spark.createDataFrame([("ada", "lovelace", 1), ("alan", "turing", 2)], ["f", "l", "n"])
df.select(full_name("f", "l", "n").alias("name")).orderBy("name").show()
