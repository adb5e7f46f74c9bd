from pyspark.sql import Row

Person = Row("name", "age")
df = spark.createDataFrame([Person("ann", 30), Person("bob", 25)])
df.printSchema()
df.orderBy("age").show()
