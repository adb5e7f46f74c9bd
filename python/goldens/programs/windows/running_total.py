from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("a", 1, 5.0), ("a", 2, 3.0), ("a", 3, 2.0), ("b", 1, 10.0), ("b", 2, 1.0)], ["acct", "seq", "amt"])
w = Window.partitionBy("acct").orderBy("seq").rowsBetween(Window.unboundedPreceding, Window.currentRow)
df.withColumn("running", F.sum("amt").over(w)).orderBy("acct", "seq").show()
