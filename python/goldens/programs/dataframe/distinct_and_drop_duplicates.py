df = spark.createDataFrame([(1, "a"), (1, "a"), (1, "b"), (2, "b"), (2, "b")], ["n", "s"])
print(df.distinct().count())
df.distinct().orderBy("n", "s").show()
df.dropDuplicates(["n"]).select("n").orderBy("n").show()
