a = spark.createDataFrame([(1, "x", 10), (1, "y", 20), (2, "x", 30)], ["id", "kind", "v"])
b = spark.createDataFrame([(1, "x", "p"), (2, "x", "q"), (2, "y", "r")], ["id", "kind", "w"])
a.join(b, ["id", "kind"]).orderBy("id", "kind").show()
a.join(b, ["id", "kind"], "full").orderBy("id", "kind").show()
