from pyspark.sql import functions as F

df = spark.createDataFrame(
    [(1, "alice", 34), (2, "bob", 45), (3, "carol", 29), (4, "dave", 51)], ["id", "name", "age"])
df.select("name", (F.col("age") + 1).alias("next_age")).filter(F.col("age") > 30).orderBy("id").show()
print(df.filter("age < 40").select("id").orderBy("id").collect())
