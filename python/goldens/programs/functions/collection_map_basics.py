from pyspark.sql import functions as F

df = spark.createDataFrame([({"a": 1, "b": 2},)], "m map<string,int>")
df.select(F.map_keys("m"), F.map_values("m"), F.element_at("m", "b"), F.size("m"), F.col("m")["a"].alias("a"),
          F.map_contains_key("m", "c")).show()
