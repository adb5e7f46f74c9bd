from pyspark.sql import functions as F

df = spark.createDataFrame([('{"a": 1, "b": [1, 2], "c": {"d": "x"}}',)], ["j"])
df.select(F.get_json_object("j", "$.c.d"), F.json_tuple("j", "a", "b")).show()
parsed = df.select(F.from_json("j", "a int, b array<int>, c struct<d:string>").alias("p"))
parsed.select("p.a", "p.b", "p.c.d").show()
parsed.select(F.to_json("p")).show(truncate=False)
