from pyspark.sql import Window, functions as F

df = spark.createDataFrame([("a", 1, None), ("a", 2, "x"), ("a", 3, "y"), ("b", 1, "z")], "g string, t int, s string")
w = Window.partitionBy("g").orderBy("t").rowsBetween(Window.unboundedPreceding, Window.unboundedFollowing)
df.select("g", "t", F.first("s").over(w).alias("first"), F.first("s", ignorenulls=True).over(w).alias("first_nn"),
          F.last("s").over(w).alias("last"), F.nth_value("s", 2).over(w).alias("second")).orderBy("g", "t").show()
