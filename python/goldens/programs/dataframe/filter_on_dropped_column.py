from pyspark.sql import functions as F

people = spark.createDataFrame([(1, "ann", 34, "eu"), (2, "bob", 19, "us"), (3, "cid", 52, "eu")],
                               ["id", "name", "age", "region"])
people.select("name").where("age > 30").orderBy("name").show()
people.select(people.name, F.upper("region").alias("r")).filter(people.age < 40).show()
people.select("name", "region").filter((F.col("age") > 20) & (F.col("region") == "eu")).orderBy(F.desc("id")).show()
