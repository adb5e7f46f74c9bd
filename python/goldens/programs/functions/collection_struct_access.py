from pyspark.sql import functions as F

df = spark.createDataFrame([(1, "ann", 30)], ["id", "name", "age"])
s = df.select("id", F.struct("name", "age").alias("person"))
s.printSchema()
s.select("person.name", F.col("person")["age"], F.col("person").getField("name").alias("n")).show()
s.select("person.*").show()
