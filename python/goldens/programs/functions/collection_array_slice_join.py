from pyspark.sql import functions as F

df = spark.createDataFrame([(["a", "b", "c", "d"],)], "a array<string>")
df.select(F.slice("a", 2, 2), F.array_join("a", "|"), F.array_remove("a", "b"), F.flatten(F.array("a", "a")),
          F.array_append("a", F.lit("e")), F.array_prepend("a", F.lit("z"))).show(truncate=False)
